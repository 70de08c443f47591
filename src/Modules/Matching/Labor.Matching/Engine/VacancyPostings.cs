namespace Labor.Matching.Engine;

/// <summary>
/// The vacancies under one key of the index (a specific skill or an occupation group), as summaries read one after
/// another: remote ones apart, the others by their X, so that a person meets only those within their travel distance
/// east–west. Only a shortcut: the hard filters still decide. Their skills are copied into one array in the same
/// order, so the few candidates that get as far as their skills find them close by and ahead, not all over the heap.
/// </summary>
internal sealed class VacancyPostings
{
    /// <summary>Room for rounding: a vacancy just outside the window is left to the filters rather than dropped.</summary>
    private const double SlackKm = 1;

    private readonly VacancySummary[] _remote;
    private readonly VacancySummary[] _onSite;

    /// <param name="positions">The vacancies' positions in <paramref name="vacancies"/>.</param>
    public VacancyPostings(VacancyEntry[] vacancies, IEnumerable<int> positions)
    {
        int[] remote = [.. positions.Where(i => vacancies[i].Remote)];
        int[] onSite = [.. positions.Where(i => !vacancies[i].Remote).OrderBy(i => vacancies[i].X).ThenBy(i => i)];
        int[] skills = [.. remote.Concat(onSite).SelectMany(i => vacancies[i].Skills)];
        int at = 0;
        _remote = [.. remote.Select(Summary)];
        _onSite = [.. onSite.Select(Summary)];

        VacancySummary Summary(int i)
        {
            var summary = new VacancySummary(vacancies[i], i, new ArraySegment<int>(skills, at, vacancies[i].Skills.Length));
            at += vacancies[i].Skills.Length;
            return summary;
        }
    }

    public ReadOnlySpan<VacancySummary> Remote => _remote;

    /// <summary>The on-site vacancies whose X is within the person's travel distance of theirs; none without a home point.</summary>
    public ReadOnlySpan<VacancySummary> OnSiteWithin(JobseekerEntry j)
    {
        if (!j.Placed || j.MaxTravelKm <= 0)
        {
            return [];
        }

        int from = FirstEastOf(j.X - j.MaxTravelKm - SlackKm);
        return _onSite.AsSpan(from, FirstEastOf(j.X + j.MaxTravelKm + SlackKm) - from);
    }

    /// <summary>The position of the first on-site vacancy with an X of at least <paramref name="x"/>.</summary>
    private int FirstEastOf(double x)
    {
        int low = 0, high = _onSite.Length;
        while (low < high)
        {
            int middle = (low + high) >>> 1;
            (low, high) = _onSite[middle].X < x ? (middle + 1, high) : (low, middle);
        }

        return low;
    }
}

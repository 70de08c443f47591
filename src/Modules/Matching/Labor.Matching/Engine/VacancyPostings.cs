namespace Labor.Matching.Engine;

/// <summary>
/// The vacancies under one key of the index (a specific skill or an occupation group), as summaries read one after
/// another: remote ones apart, the others by their X, so that a person meets only those within their travel distance
/// east–west. Only a shortcut: the hard filters still decide.
/// </summary>
internal sealed class VacancyPostings
{
    /// <summary>Room for rounding: a vacancy just outside the window is left to the filters rather than dropped.</summary>
    private const double SlackKm = 1;

    private readonly VacancySummary[] _remote;
    private readonly VacancySummary[] _onSite;

    public VacancyPostings(IReadOnlyCollection<VacancySummary> vacancies)
    {
        _remote = [.. vacancies.Where(v => v.Remote)];
        _onSite = [.. vacancies.Where(v => !v.Remote).OrderBy(v => v.X).ThenBy(v => v.Position)];
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

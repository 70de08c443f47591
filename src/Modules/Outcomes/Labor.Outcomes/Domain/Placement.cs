namespace Labor.Outcomes.Domain;

/// <summary>
/// One person starting one job on a start date (ADR 20). Where they came from is copied when it is recorded, never
/// looked up later: a placement keeps what was true when it happened. The employer and the person may each report
/// it; the second report merges into the first.
/// </summary>
internal sealed class Placement
{
    /// <summary>Two reports of one person's start this many days apart or closer are one hire.</summary>
    public const int SameHireDays = 31;

    public Guid Id { get; private set; }

    public Guid JobseekerId { get; private set; }

    public Guid? VacancyId { get; private set; }

    /// <summary>The employer on this platform; null for work found elsewhere.</summary>
    public Guid? OrganisationId { get; private set; }

    public DateOnly StartDate { get; private set; }

    public int? HoursPerWeek { get; private set; }

    /// <summary>employed, self-employed, uwv-benefit, social-assistance, no-benefit or null: the situation when hired.</summary>
    public string? FromSituation { get; private set; }

    /// <summary>The first occupation of their experience (the one they list first); null without experience.</summary>
    public string? FromOccupationUri { get; private set; }

    /// <summary>The sector tables of all the occupations they worked in.</summary>
    public string[] FromSectorTables { get; private set; } = [];

    /// <summary>Where the person lived when hired.</summary>
    public string? Municipality { get; private set; }

    public string? ToOccupationUri { get; private set; }

    public string[] ToSectorTables { get; private set; } = [];

    public bool ProposedByMatch { get; private set; }

    public bool AfterTraining { get; private set; }

    public DateTimeOffset? ReportedByEmployerAt { get; private set; }

    public DateTimeOffset? ReportedByPersonAt { get; private set; }

    public DateTimeOffset ChangedAt { get; private set; }

    /// <summary>None of the new job's sectors is among the sectors the person worked in (a match's rule); unknown without work experience.</summary>
    public bool CrossedSectors => FromSectorTables.Length > 0 && ToSectorTables.Length > 0 && !ToSectorTables.Intersect(FromSectorTables, StringComparer.Ordinal).Any();

    public string ReportedBy => (ReportedByEmployerAt, ReportedByPersonAt) switch
    {
        (not null, not null) => "both",
        (not null, null) => "employer",
        _ => "person",
    };

    public static Placement Record(Guid jobseekerId, PlacementOrigin from, NewWork work, DateTimeOffset now)
    {
        var placement = new Placement
        {
            Id = Guid.NewGuid(), JobseekerId = jobseekerId, StartDate = work.StartDate, FromSituation = from.Situation,
            FromOccupationUri = from.OccupationUri, FromSectorTables = [.. from.SectorTables], Municipality = from.Municipality,
        };
        placement.Merge(work, now);
        placement.ChangedAt = now;
        return placement;
    }

    /// <summary>Whether <paramref name="work"/> reports this same hire: its start is close, and it names no other employer.</summary>
    public bool IsSameHire(NewWork work) =>
        Math.Abs(work.StartDate.DayNumber - StartDate.DayNumber) <= SameHireDays
        && (work.OrganisationId is null || OrganisationId is null || work.OrganisationId == OrganisationId);

    /// <summary>
    /// Takes in a report of this hire. The employer's word counts for where the person went; the person's fills what
    /// the employer left open. A fact once known (proposed by a match, after training) stays known.
    /// </summary>
    /// <returns>Whether anything changed.</returns>
    public bool Merge(NewWork work, DateTimeOffset now)
    {
        var before = (VacancyId, OrganisationId, StartDate, HoursPerWeek, ToOccupationUri, string.Join('|', ToSectorTables), ProposedByMatch, AfterTraining, ReportedBy);
        bool employersWord = work.ByEmployer || ReportedByEmployerAt is null;
        if (employersWord)
        {
            VacancyId = work.VacancyId ?? VacancyId;
            OrganisationId = work.OrganisationId ?? OrganisationId;
            StartDate = work.StartDate;
            HoursPerWeek = work.HoursPerWeek ?? HoursPerWeek;
            ToOccupationUri = work.OccupationUri ?? ToOccupationUri;
            ToSectorTables = work.SectorTables.Count > 0 ? [.. work.SectorTables] : ToSectorTables;
        }

        ProposedByMatch |= work.ProposedByMatch;
        AfterTraining |= work.AfterTraining;
        if (work.ByEmployer)
        {
            ReportedByEmployerAt ??= now;
        }
        else
        {
            ReportedByPersonAt ??= now;
        }

        bool changed = before != (VacancyId, OrganisationId, StartDate, HoursPerWeek, ToOccupationUri, string.Join('|', ToSectorTables), ProposedByMatch, AfterTraining, ReportedBy);
        if (changed)
        {
            ChangedAt = now;
        }

        return changed;
    }
}

/// <summary>Where the person came from, as their profile stood when the placement was recorded.</summary>
internal sealed record PlacementOrigin(string? Situation, string? OccupationUri, IReadOnlyList<string> SectorTables, string? Municipality)
{
    public static readonly PlacementOrigin Unknown = new(null, null, [], null);
}

/// <summary>One report of a start in new work, by the employer or by the person.</summary>
internal sealed record NewWork(
    bool ByEmployer,
    Guid? VacancyId,
    Guid? OrganisationId,
    string? OccupationUri,
    IReadOnlyList<string> SectorTables,
    DateOnly StartDate,
    int? HoursPerWeek,
    bool ProposedByMatch,
    bool AfterTraining);

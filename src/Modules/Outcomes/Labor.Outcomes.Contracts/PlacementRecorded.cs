namespace Labor.Outcomes.Contracts;

/// <summary>
/// A person started a job (ADR 20), or what is known of that start changed (the second report of one hire merged
/// into the first): the whole new state, newest <paramref name="ChangedAt"/> wins. Ids, codes and dates only; the
/// figures keep no person's id, so their counts stay when the person is erased.
/// </summary>
/// <param name="VacancyId">The vacancy on this platform the person was hired for; null for work found elsewhere.</param>
/// <param name="OrganisationId">The employer on this platform; null for work found elsewhere.</param>
/// <param name="FromSituation">The person's situation when hired: employed, self-employed, uwv-benefit, social-assistance, no-benefit or null.</param>
/// <param name="FromSectorTables">The sector tables of the occupations the person worked in.</param>
/// <param name="ToSectorTables">The new job's sector tables.</param>
/// <param name="CrossedSectors">None of the new job's sectors is among the person's.</param>
/// <param name="ProposedByMatch">The matching had proposed this vacancy to the person, or the person to its employer.</param>
/// <param name="AfterTraining">The person completed a training before the start.</param>
/// <param name="ReportedBy">employer, person or both.</param>
/// <param name="Municipality">Where the person lived when hired; null when not given.</param>
public sealed record PlacementRecorded(
    Guid PlacementId,
    Guid JobseekerId,
    Guid? VacancyId,
    Guid? OrganisationId,
    DateOnly StartDate,
    int? HoursPerWeek,
    string? FromSituation,
    IReadOnlyList<string> FromSectorTables,
    string? ToOccupationUri,
    IReadOnlyList<string> ToSectorTables,
    bool CrossedSectors,
    bool ProposedByMatch,
    bool AfterTraining,
    string ReportedBy,
    string? Municipality,
    DateTimeOffset ChangedAt);

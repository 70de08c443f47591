namespace Labor.Vacancies.Contracts;

/// <summary>A vacancy became open to applicants (first publication or republication).</summary>
public sealed record VacancyPublished(VacancyDetails Vacancy, DateTimeOffset PublishedAt);

/// <summary>An open vacancy changed in something other modules use; the details are the whole new state.</summary>
public sealed record VacancyChanged(VacancyDetails Vacancy, DateTimeOffset ChangedAt);

/// <summary>A vacancy stopped taking applicants: matching drops it, figures count it as closed.</summary>
/// <param name="Reason">filled, withdrawn or expired.</param>
/// <param name="Hires">Filled: the candidates the employer named as hired, with their start dates.</param>
/// <param name="FilledFromOutside">Filled by someone from outside the platform: counted apart, no placement of ours.</param>
public sealed record VacancyClosed(
    Guid VacancyId,
    IReadOnlyList<string> SectorTables,
    string Reason,
    DateTimeOffset ClosedAt,
    IReadOnlyList<VacancyHire>? Hires = null,
    bool FilledFromOutside = false);

public sealed record VacancyHire(Guid JobseekerId, DateOnly StartDate);

/// <summary>
/// What matching and the sector tables need of a vacancy, and no more: no description, no contact details.
/// </summary>
/// <param name="OccupationUri">From the shared vocabulary (ESCO URI or platform URN).</param>
/// <param name="MinimumEducation">An education level code from the shared vocabulary, "none" for no minimum.</param>
/// <param name="WorkplaceMode">onsite, hybrid or remote.</param>
/// <param name="Latitude">The workplace; null for remote work.</param>
public sealed record VacancyDetails(
    Guid VacancyId,
    Guid OrganisationId,
    string Title,
    string OccupationUri,
    IReadOnlyList<VacancySkill> Skills,
    IReadOnlyList<string> SectorTables,
    string MinimumEducation,
    bool ExperienceReplacesEducation,
    int HoursMin,
    int HoursMax,
    string ContractType,
    string WorkplaceMode,
    string? Municipality,
    double? Latitude,
    double? Longitude,
    DateOnly ValidThrough,
    int Openings);

public sealed record VacancySkill(string SkillUri, bool Essential);

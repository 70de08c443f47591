namespace Labor.Vacancies.Content;

/// <summary>
/// A vacancy as an employer sends it, for creating and for editing: every field nullable so that a missing one is
/// named in a 400, never a 500.
/// </summary>
/// <param name="Description">HTML or plain text; formatting is kept, anything unsafe removed.</param>
/// <param name="Occupation">An occupation URI from the shared vocabulary (see /api/reference/occupations).</param>
/// <param name="SectorTables">Defaults to the occupation's sector tables.</param>
/// <param name="Draft">true to save without publishing (create only).</param>
/// <param name="ConfirmDuplicate">true to publish although the employer has a very similar open vacancy.</param>
internal sealed record VacancyRequest(
    string? Title,
    string? Description,
    string? Occupation,
    IReadOnlyList<SkillChoice>? Skills,
    IReadOnlyList<string>? SectorTables,
    string? MinimumEducation,
    bool? ExperienceReplacesEducation,
    int? HoursMin,
    int? HoursMax,
    string? ContractType,
    WorkplaceRequest? Workplace,
    SalaryRequest? Salary,
    int? Openings,
    DateOnly? ValidThrough,
    string? HowToApply,
    bool? Draft = null,
    bool? ConfirmDuplicate = null);

internal sealed record SkillChoice(string? Uri, bool Essential);

/// <param name="Mode">onsite, hybrid or remote.</param>
/// <param name="Municipality">Where the workplace is; used when the postcode cannot be geocoded right now.</param>
internal sealed record WorkplaceRequest(string? Mode, string? Postcode, string? Municipality);

/// <param name="Period">hour, month or year; gross euros.</param>
internal sealed record SalaryRequest(decimal? Min, decimal? Max, string? Period);

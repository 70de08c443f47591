namespace Labor.Client;

/// <summary>A vacancy as an employer sends it (create and edit). See the API reference for each field's rules.</summary>
public sealed record VacancyDraft
{
    public string? Title { get; init; }
    public string? Description { get; init; }
    public string? Occupation { get; init; }
    public IReadOnlyList<SkillChoice>? Skills { get; init; }
    public IReadOnlyList<string>? SectorTables { get; init; }
    public string? MinimumEducation { get; init; }
    public bool? ExperienceReplacesEducation { get; init; }
    public int? HoursMin { get; init; }
    public int? HoursMax { get; init; }
    public string? ContractType { get; init; }
    public WorkplaceChoice? Workplace { get; init; }
    public SalaryRange? Salary { get; init; }
    public int? Openings { get; init; }
    public DateOnly? ValidThrough { get; init; }
    public string? HowToApply { get; init; }
    public bool? Draft { get; init; }
    public bool? ConfirmDuplicate { get; init; }
}

public sealed record SkillChoice(string? Uri, bool Essential);

public sealed record WorkplaceChoice(string? Mode, string? Postcode, string? Municipality);

public sealed record SalaryRange(decimal? Min, decimal? Max, string? Period);

public sealed record LabelText(string Nl, string En);

public sealed record ConceptRef(string Uri, LabelText Label);

public sealed record VacancySkill(string Uri, LabelText Label, bool Essential);

public sealed record OrganisationRef(Guid Id, string? Name);

public sealed record Workplace(string Mode, string? Postcode, string? Municipality, double? Latitude, double? Longitude);

public sealed record Vacancy(
    Guid Id,
    OrganisationRef Organisation,
    string Title,
    string DescriptionHtml,
    ConceptRef Occupation,
    IReadOnlyList<VacancySkill> Skills,
    IReadOnlyList<string> SectorTables,
    string MinimumEducation,
    bool ExperienceReplacesEducation,
    int HoursMin,
    int HoursMax,
    string ContractType,
    Workplace Workplace,
    SalaryRange? Salary,
    int Openings,
    DateOnly ValidThrough,
    string HowToApply,
    string Status,
    string? ClosedReason,
    DateTimeOffset? PublishedAt,
    DateTimeOffset? ClosedAt,
    DateTimeOffset UpdatedAt);

public sealed record VacancyQuery
{
    public string? Q { get; init; }
    public string? Sector { get; init; }
    public string? Municipality { get; init; }
    public int? RadiusKm { get; init; }
    public int? HoursMin { get; init; }
    public int? HoursMax { get; init; }
    public string? Education { get; init; }
    public string? Occupation { get; init; }
    public string? Skill { get; init; }
    public string? Sort { get; init; }
    public int? Page { get; init; }
    public int? PageSize { get; init; }
}

public sealed record VacancySummary(
    Guid Id, string Title, string? Organisation, IReadOnlyList<string> SectorTables, string WorkplaceMode, string? Municipality,
    int HoursMin, int HoursMax, string ContractType, DateTimeOffset? PublishedAt, DateOnly ValidThrough, double? DistanceKm);

public sealed record VacancyPage(int Total, int Page, int PageSize, IReadOnlyList<VacancySummary> Items);

public sealed record MyVacancy(Guid Id, string Title, string Status, DateTimeOffset? PublishedAt, DateOnly ValidThrough, int Views);

public sealed record PublishOptions(bool? ConfirmDuplicate);

/// <param name="Reason">filled or withdrawn.</param>
/// <param name="Hired">With filled: the vacancy's candidates who were hired, each with a start date.</param>
/// <param name="FilledFromOutside">With filled: someone from outside the platform filled it.</param>
public sealed record CloseVacancy(string? Reason, IReadOnlyList<ClosingHire>? Hired = null, bool? FilledFromOutside = null);

public sealed record ClosingHire(Guid? JobseekerId, DateOnly? StartDate);

public sealed record OrganisationProfile(
    string? Name, string? KvkNumber, string? Address, string? Postcode, string? Municipality, string? ContactName, string? ContactEmail, string? ContactPhone);

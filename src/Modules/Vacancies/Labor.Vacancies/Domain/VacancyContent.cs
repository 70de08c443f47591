namespace Labor.Vacancies.Domain;

/// <summary>Everything an employer writes about a vacancy, already checked and in canonical form.</summary>
internal sealed record VacancyContent
{
    public required string Title { get; init; }

    /// <summary>Sanitised HTML: formatting kept, scripts and unsafe markup removed.</summary>
    public required string DescriptionHtml { get; init; }

    /// <summary>The description's text, for full-text search and the duplicate check.</summary>
    public required string DescriptionText { get; init; }

    public required string OccupationUri { get; init; }

    public required string[] EssentialSkills { get; init; }

    public required string[] OptionalSkills { get; init; }

    public required string[] SectorTables { get; init; }

    public required string MinimumEducation { get; init; }

    public bool ExperienceReplacesEducation { get; init; }

    public int HoursMin { get; init; }

    public int HoursMax { get; init; }

    public required ContractType ContractType { get; init; }

    public required Workplace Workplace { get; init; }

    public Salary? Salary { get; init; }

    public int Openings { get; init; } = 1;

    public DateOnly ValidThrough { get; init; }

    public required string HowToApply { get; init; }
}

internal enum ContractType
{
    Permanent,
    Temporary,
    TempAgency,
    Apprenticeship,
    Internship,
    Freelance,
}

internal enum WorkplaceMode
{
    Onsite,
    Hybrid,
    Remote,
}

/// <param name="Geocoded">True when the point is the postcode's own, false for the municipality's centre.</param>
internal sealed record Workplace(WorkplaceMode Mode, string? Postcode, string? Municipality, double? Latitude, double? Longitude, bool Geocoded);

internal enum SalaryPeriod
{
    Hour,
    Month,
    Year,
}

/// <summary>Gross, in euros.</summary>
internal sealed record Salary(decimal Min, decimal Max, SalaryPeriod Period);

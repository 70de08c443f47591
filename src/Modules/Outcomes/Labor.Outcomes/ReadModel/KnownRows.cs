namespace Labor.Outcomes.ReadModel;

/// <summary>What a placement needs of a vacancy, from Vacancies' events; kept after it closes, since hires come later.</summary>
internal sealed class KnownVacancy
{
    public Guid VacancyId { get; init; }

    public Guid OrganisationId { get; set; }

    public required string Title { get; set; }

    public required string OccupationUri { get; set; }

    public string[] SectorTables { get; set; } = [];

    public int HoursMax { get; set; }

    public DateTimeOffset ChangedAt { get; set; }
}

/// <summary>Where a person comes from, from Jobseekers' events: no name, no address.</summary>
internal sealed class KnownPerson
{
    public Guid JobseekerId { get; init; }

    public string? Situation { get; set; }

    public string? OccupationUri { get; set; }

    /// <summary>The sector tables of every occupation in the person's experience.</summary>
    public string[] SectorTables { get; set; } = [];

    public string? Municipality { get; set; }

    public DateTimeOffset? ProfileChangedAt { get; set; }

    /// <summary>Set when the person was erased: everything else is gone, and a late event cannot bring it back.</summary>
    public DateTimeOffset? ErasedAt { get; set; }
}

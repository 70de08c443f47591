namespace Labor.Matching.ReadModel;

/// <summary>Matching's own copy of what it needs of a vacancy, fed by Vacancies' events; never read from their tables.</summary>
internal sealed class OpenVacancy
{
    public Guid VacancyId { get; init; }

    public required string Title { get; set; }

    public string[] SectorTables { get; set; } = [];

    /// <summary>Null for remote work.</summary>
    public string? Municipality { get; set; }

    /// <summary>The event's whole <c>VacancyDetails</c> as JSON, for the matching engine.</summary>
    public required string Details { get; set; }

    public DateTimeOffset PublishedAt { get; init; }

    public DateTimeOffset ReceivedAt { get; set; }
}

namespace Labor.Matching.ReadModel;

/// <summary>Matching's own copy of what it needs of a vacancy, fed by Vacancies' events; never read from their tables.</summary>
internal sealed class OpenVacancy
{
    public Guid VacancyId { get; init; }

    public required string Title { get; init; }

    public required string Sector { get; init; }

    public required string Municipality { get; init; }

    public DateTimeOffset PublishedAt { get; init; }

    public DateTimeOffset ReceivedAt { get; init; }
}

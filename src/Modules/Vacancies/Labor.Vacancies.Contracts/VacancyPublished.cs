namespace Labor.Vacancies.Contracts;

/// <summary>A vacancy became open to applicants. Carries what other modules need to match and count it.</summary>
public sealed record VacancyPublished(
    Guid VacancyId,
    string Title,
    string Sector,
    string Municipality,
    DateTimeOffset PublishedAt);

namespace Labor.Vacancies.Contracts;

/// <summary>A vacancy stopped taking applicants: matching drops it, figures count it as closed.</summary>
public sealed record VacancyClosed(Guid VacancyId, string Sector, DateTimeOffset ClosedAt);

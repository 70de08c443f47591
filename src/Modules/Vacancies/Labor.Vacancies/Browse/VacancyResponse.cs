using Labor.Vacancies.Domain;

namespace Labor.Vacancies.Browse;

internal sealed record VacancyResponse(Guid Id, Guid OrganisationId, string Title, string Sector, string Municipality, DateTimeOffset PublishedAt, DateTimeOffset? ClosedAt)
{
    public static VacancyResponse From(Vacancy vacancy) =>
        new(vacancy.Id, vacancy.OrganisationId, vacancy.Title, vacancy.Sector, vacancy.Municipality, vacancy.PublishedAt, vacancy.ClosedAt);
}

using Labor.Vacancies.Domain;

namespace Labor.Vacancies.Browse;

internal sealed record VacancyResponse(Guid Id, string Title, string Sector, string Municipality, DateTimeOffset PublishedAt)
{
    public static VacancyResponse From(Vacancy vacancy) =>
        new(vacancy.Id, vacancy.Title, vacancy.Sector, vacancy.Municipality, vacancy.PublishedAt);
}

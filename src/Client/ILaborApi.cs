using Refit;

namespace Labor.Client;

/// <summary>The platform's public HTTP API, for scripts, partner systems and our own tests.</summary>
public interface ILaborApi
{
    [Post("/api/vacancies")]
    Task<IApiResponse<Vacancy>> PublishVacancyAsync([Body] PublishVacancy request, CancellationToken cancellationToken = default);

    [Get("/api/vacancies/{id}")]
    Task<IApiResponse<Vacancy>> GetVacancyAsync(Guid id, CancellationToken cancellationToken = default);

    [Get("/api/vacancies")]
    Task<IReadOnlyList<Vacancy>> ListVacanciesAsync(CancellationToken cancellationToken = default);
}

using Refit;

namespace Labor.Client;

/// <summary>The platform's public HTTP API, for scripts, partner systems and our own tests.</summary>
public interface ILaborApi
{
    [Post("/api/account/register")]
    Task<IApiResponse> RegisterAsync([Body] SignUp request, CancellationToken cancellationToken = default);

    [Post("/api/account/token")]
    Task<IApiResponse<AccessToken>> SignInAsync([Body] SignIn request, CancellationToken cancellationToken = default);

    [Post("/api/account/forgot-password")]
    Task<IApiResponse> ForgotPasswordAsync([Body] ForgotPassword request, CancellationToken cancellationToken = default);

    [Post("/api/account/reset-password")]
    Task<IApiResponse> ResetPasswordAsync([Body] ResetPassword request, CancellationToken cancellationToken = default);

    [Get("/api/account/me")]
    Task<IApiResponse<CurrentUser>> MeAsync(CancellationToken cancellationToken = default);

    [Get("/api/admin/users")]
    Task<IApiResponse<IReadOnlyList<UserSummary>>> ListUsersAsync(CancellationToken cancellationToken = default);

    [Post("/api/admin/users")]
    Task<IApiResponse<UserSummary>> InviteUserAsync([Body] NewUser request, CancellationToken cancellationToken = default);

    [Post("/api/vacancies")]
    Task<IApiResponse<Vacancy>> PublishVacancyAsync([Body] PublishVacancy request, CancellationToken cancellationToken = default);

    [Post("/api/vacancies/{id}/close")]
    Task<IApiResponse<Vacancy>> CloseVacancyAsync(Guid id, CancellationToken cancellationToken = default);

    [Get("/api/vacancies/{id}")]
    Task<IApiResponse<Vacancy>> GetVacancyAsync(Guid id, CancellationToken cancellationToken = default);

    [Get("/api/vacancies")]
    Task<IReadOnlyList<Vacancy>> ListVacanciesAsync(CancellationToken cancellationToken = default);
}

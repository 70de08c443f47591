using Refit;

namespace Labor.Client;

/// <summary>The platform's public HTTP API, for scripts, partner systems and our own tests.</summary>
public interface ILaborApi
{
    [Post("/api/account/register")]
    Task<IApiResponse> RegisterAsync([Body] SignUp request, CancellationToken cancellationToken = default);

    [Post("/api/account/token")]
    Task<IApiResponse<AccessToken>> SignInAsync([Body] SignIn request, CancellationToken cancellationToken = default);

    [Post("/api/account/refresh")]
    Task<IApiResponse<AccessToken>> RefreshAsync([Body] Refresh request, CancellationToken cancellationToken = default);

    [Post("/api/account/sign-out")]
    Task<IApiResponse> SignOutAsync(CancellationToken cancellationToken = default);

    [Post("/api/account/password")]
    Task<IApiResponse<AccessToken>> ChangePasswordAsync([Body] ChangePassword request, CancellationToken cancellationToken = default);

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

    [Put("/api/admin/users/{id}/role")]
    Task<IApiResponse> ChangeRoleAsync(Guid id, [Body] RoleChange request, CancellationToken cancellationToken = default);

    [Post("/api/vacancies")]
    Task<IApiResponse<Vacancy>> CreateVacancyAsync([Body] VacancyDraft vacancy, CancellationToken cancellationToken = default);

    [Put("/api/vacancies/{id}")]
    Task<IApiResponse<Vacancy>> EditVacancyAsync(Guid id, [Body] VacancyDraft vacancy, CancellationToken cancellationToken = default);

    [Post("/api/vacancies/{id}/publish")]
    Task<IApiResponse<Vacancy>> PublishVacancyAsync(Guid id, [Body] PublishOptions? options = null, CancellationToken cancellationToken = default);

    [Post("/api/vacancies/{id}/close")]
    Task<IApiResponse<Vacancy>> CloseVacancyAsync(Guid id, [Body] CloseVacancy? close = null, CancellationToken cancellationToken = default);

    [Get("/api/vacancies/{id}")]
    Task<IApiResponse<Vacancy>> GetVacancyAsync(Guid id, CancellationToken cancellationToken = default);

    [Get("/api/vacancies")]
    Task<IApiResponse<VacancyPage>> SearchVacanciesAsync([Query] VacancyQuery? query = null, CancellationToken cancellationToken = default);

    [Get("/api/vacancies/mine")]
    Task<IReadOnlyList<MyVacancy>> MyVacanciesAsync(CancellationToken cancellationToken = default);

    [Get("/api/vacancies/organisation")]
    Task<IApiResponse<OrganisationProfile>> GetOrganisationAsync(CancellationToken cancellationToken = default);

    [Put("/api/vacancies/organisation")]
    Task<IApiResponse<OrganisationProfile>> SaveOrganisationAsync([Body] OrganisationProfile profile, CancellationToken cancellationToken = default);

    [Get("/api/jobseekers/me")]
    Task<IApiResponse<JobseekerProfile>> GetMyProfileAsync(CancellationToken cancellationToken = default);

    [Put("/api/jobseekers/me")]
    Task<IApiResponse<JobseekerProfile>> SaveMyProfileAsync([Body] ProfileDraft profile, CancellationToken cancellationToken = default);

    [Put("/api/jobseekers/me/consent")]
    Task<IApiResponse<JobseekerProfile>> SetMyConsentAsync([Body] Consent consent, CancellationToken cancellationToken = default);

    [Get("/api/jobseekers/me/data")]
    Task<IApiResponse<string>> DownloadMyDataAsync(CancellationToken cancellationToken = default);

    [Delete("/api/jobseekers/me")]
    Task<IApiResponse> EraseMeAsync(CancellationToken cancellationToken = default);

    [Get("/api/matches")]
    Task<IApiResponse<IReadOnlyList<Match>>> MyMatchesAsync(CancellationToken cancellationToken = default);

    [Get("/api/matches/vacancies/{vacancyId}")]
    Task<IApiResponse<IReadOnlyList<Candidate>>> CandidatesAsync(Guid vacancyId, CancellationToken cancellationToken = default);

    [Put("/api/matches/vacancies/{vacancyId}/candidates/{jobseekerId}")]
    Task<IApiResponse> SetCandidateVerdictAsync(Guid vacancyId, Guid jobseekerId, [Body] CandidateVerdict verdict, CancellationToken cancellationToken = default);

    [Post("/api/placements/hires")]
    Task<IApiResponse<HireRecord>> HireAsync([Body] Hire hire, CancellationToken cancellationToken = default);

    [Get("/api/placements/hires")]
    Task<IApiResponse<IReadOnlyList<HireRecord>>> OurHiresAsync(CancellationToken cancellationToken = default);

    [Post("/api/placements/mine")]
    Task<IApiResponse<Placement>> ReportNewWorkAsync([Body] NewWorkReport report, CancellationToken cancellationToken = default);

    [Get("/api/placements/mine")]
    Task<IApiResponse<IReadOnlyList<Placement>>> MyPlacementsAsync(CancellationToken cancellationToken = default);

    [Get("/api/trajectories/mine")]
    Task<IApiResponse<IReadOnlyList<Trajectory>>> MyTrajectoriesAsync(CancellationToken cancellationToken = default);

    [Post("/api/trajectories/mine/steps")]
    Task<IApiResponse<Trajectory>> RecordMyStepAsync([Body] StepDraft draft, CancellationToken cancellationToken = default);

    [Post("/api/trajectories/mine/close")]
    Task<IApiResponse<Trajectory>> WithdrawMyTrajectoryAsync([Body] TrajectoryEnd ending, CancellationToken cancellationToken = default);

    [Post("/api/trajectories/people/{jobseekerId}/steps")]
    Task<IApiResponse<Trajectory>> RecordStepAsync(Guid jobseekerId, [Body] StepDraft draft, CancellationToken cancellationToken = default);

    [Post("/api/trajectories/people/{jobseekerId}/close")]
    Task<IApiResponse<Trajectory>> CloseTrajectoryAsync(Guid jobseekerId, [Body] TrajectoryEnd ending, CancellationToken cancellationToken = default);

    /// <summary>Turns vacancy digests off for whoever the token from a digest's unsubscribe link was made for; no sign-in needed.</summary>
    [Post("/api/digests/unsubscribe")]
    Task<IApiResponse> UnsubscribeFromDigestsAsync([Body] DigestUnsubscribe unsubscribe, CancellationToken cancellationToken = default);

    [Get("/api/sectortables")]
    Task<IApiResponse<IReadOnlyList<SectorTableSummary>>> SectorTablesAsync(CancellationToken cancellationToken = default);

    [Get("/api/sectortables/{id}")]
    Task<IApiResponse<SectorTableDetails>> SectorTableAsync(Guid id, CancellationToken cancellationToken = default);

    [Post("/api/sectortables")]
    Task<IApiResponse<SectorTableSummary>> AddSectorTableAsync([Body] NewSectorTable table, CancellationToken cancellationToken = default);

    [Put("/api/sectortables/{id}/plan")]
    Task<IApiResponse> MovePlanAsync(Guid id, [Body] PlanMove move, CancellationToken cancellationToken = default);

    [Post("/api/sectortables/{id}/actions")]
    Task<IApiResponse<SectorAction>> AddActionAsync(Guid id, [Body] ActionDraft action, CancellationToken cancellationToken = default);

    [Put("/api/sectortables/{id}/actions/{actionId}")]
    Task<IApiResponse<SectorAction>> EditActionAsync(Guid id, Guid actionId, [Body] ActionDraft action, CancellationToken cancellationToken = default);

    [Post("/api/sectortables/{id}/actions/{actionId}/progress")]
    Task<IApiResponse<SectorAction>> RecordProgressAsync(Guid id, Guid actionId, [Body] ProgressDraft progress, CancellationToken cancellationToken = default);

    [Post("/api/sectortables/{id}/people")]
    Task<IApiResponse<SeatedPerson>> SeatPersonAsync(Guid id, [Body] PersonDraft person, CancellationToken cancellationToken = default);

    [Delete("/api/sectortables/{id}/people/{accountId}")]
    Task<IApiResponse> UnseatPersonAsync(Guid id, Guid accountId, CancellationToken cancellationToken = default);
}

using System.Security.Claims;
using Labor.Accounts.Contracts;
using Labor.BuildingBlocks.Privacy;
using Labor.BuildingBlocks.Outcomes;
using Labor.BuildingBlocks.Security;
using Labor.BuildingBlocks.Web;
using Labor.Jobseekers.Domain;
using Labor.Jobseekers.Privacy;
using Labor.Reference.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Labor.Jobseekers.Profile;

/// <summary>A jobseeker reads and keeps their own profile, gives or withdraws consent, downloads or erases their data.</summary>
internal static class ProfileEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        // "me" is the only profile a jobseeker can name, so the own-profile rule holds by construction. Every answer
        // carries the person's data, so none is cached.
        RouteGroupBuilder me = endpoints.MapGroup("/api/jobseekers/me").WithTags("Jobseekers").RequireAuthorization(Policies.Jobseeker).WithNoStore();
        me.MapGet("/", GetAsync).WithName("GetMyProfile")
            .WithSummary("The signed-in jobseeker's profile; the first call after confirming the e-mail address joins the pool (JobseekerRegistered).");
        me.MapPut("/", SaveAsync).Validate<ProfileRequest>().WithName("SaveMyProfile")
            .WithSummary("Replaces the profile (JobseekerProfileChanged). Age band and gender are optional and never used for matching.");
        me.MapPut("/consent", ConsentAsync).WithName("SetMyConsent")
            .WithSummary("Gives or withdraws consent to be shown to employers, dated (JobseekerConsentChanged).");
        me.MapGet("/data", DownloadAsync).WithName("DownloadMyData")
            .WithSummary("Everything the platform holds about the signed-in person, from every module, as a JSON file.");
        me.MapDelete("/", EraseAsync).WithName("EraseMe")
            .WithSummary("Deletes the account and erases the person from every module (JobseekerErased).");
    }

    private static async Task<Results<Ok<ProfileResponse>, ProblemHttpResult>> GetAsync(
        ClaimsPrincipal user, JobseekerPool pool, IAccountContacts accounts, IVocabulary vocabulary, CancellationToken cancellationToken)
    {
        Jobseeker? jobseeker = await pool.FindOrRegisterAsync(user.UserId()!.Value, cancellationToken);
        return jobseeker is null ? Erased() : TypedResults.Ok(await ResponseAsync(jobseeker, accounts, vocabulary, cancellationToken));
    }

    private static async Task<Results<Ok<ProfileResponse>, ValidationProblem, ProblemHttpResult>> SaveAsync(
        ProfileRequest request, ClaimsPrincipal user, JobseekerPool pool, IAccountContacts accounts, IVocabulary vocabulary, CancellationToken cancellationToken)
    {
        Result<Jobseeker> outcome = await pool.SaveProfileAsync(user.UserId()!.Value, request, cancellationToken);
        return outcome.Value is { } saved ? TypedResults.Ok(await ResponseAsync(saved, accounts, vocabulary, cancellationToken)) : outcome.Refusal!.ToProblem();
    }

    private static async Task<Results<Ok<ProfileResponse>, ValidationProblem, ProblemHttpResult>> ConsentAsync(
        ConsentRequest? request, ClaimsPrincipal user, JobseekerPool pool, IAccountContacts accounts, IVocabulary vocabulary, CancellationToken cancellationToken)
    {
        if (request?.Consented is not { } consented)
        {
            return Refusal.Invalid("consented", "Say true or false.").ToProblem();
        }

        Result<Jobseeker> outcome = await pool.SetConsentAsync(user.UserId()!.Value, consented, cancellationToken);
        return outcome.Value is { } jobseeker ? TypedResults.Ok(await ResponseAsync(jobseeker, accounts, vocabulary, cancellationToken)) : outcome.Refusal!.ToProblem();
    }

    private static async Task<FileContentHttpResult> DownloadAsync(ClaimsPrincipal user, PersonalDataDownload download, CancellationToken cancellationToken) =>
        TypedResults.File(PersonalDataDownload.Serialize(await download.AssembleAsync(user.UserId()!.Value, cancellationToken)), "application/json", PersonalDataDownload.FileName);

    private static async Task<NoContent> EraseAsync(ClaimsPrincipal user, JobseekerErasure erasure, CancellationToken cancellationToken)
    {
        await erasure.EraseAsync(user.UserId()!.Value, Erasure.OnRequest, cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<ProfileResponse> ResponseAsync(Jobseeker jobseeker, IAccountContacts accounts, IVocabulary vocabulary, CancellationToken cancellationToken) =>
        ProfileResponse.From(jobseeker, await accounts.FindAsync(jobseeker.Id, cancellationToken), vocabulary);

    private static ProblemHttpResult Erased() => JobseekerPool.Erased.ToProblem();
}

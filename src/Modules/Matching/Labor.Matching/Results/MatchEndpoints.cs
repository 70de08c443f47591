using System.Security.Claims;
using Labor.BuildingBlocks.Outcomes;
using Labor.BuildingBlocks.Security;
using Labor.BuildingBlocks.Web;
using Labor.Reference.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Labor.Matching.Results;

/// <summary>A jobseeker reads their matches; an employer reads a vacancy's candidates and gives a verdict on each.</summary>
internal static class MatchEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        RouteGroupBuilder matches = endpoints.MapGroup("/api/matches").WithTags("Matching");
        matches.MapGet("/", async (ClaimsPrincipal user, MatchReader reader, CancellationToken cancellationToken) =>
                TypedResults.Ok(await reader.ForJobseekerAsync(user.UserId()!.Value, Languages.Current, cancellationToken)))
            .RequireAuthorization(Policies.Jobseeker).WithName("MyMatches")
            .WithSummary("The signed-in jobseeker's matches (at most 20), best first, each with its score's parts and explanation.");
        matches.MapGet("/vacancies/{id:guid}", CandidatesAsync)
            .RequireAuthorization(Policies.Employer).WithName("VacancyCandidates")
            .WithSummary("A vacancy's best candidates (at most 50) who consent to being shown, with explanations; only the vacancy's own organisation.");
        matches.MapPut("/vacancies/{id:guid}/candidates/{jobseekerId:guid}", VerdictAsync)
            .RequireAuthorization(Policies.Employer).WithName("CandidateVerdict")
            .WithSummary("Records \"invited\" or \"not-suitable\" for a candidate, kept as feedback for the matching's quality figures.");
    }

    private static async Task<Results<Ok<IReadOnlyList<CandidateView>>, ProblemHttpResult>> CandidatesAsync(
        Guid id, ClaimsPrincipal employer, MatchReader reader, CancellationToken cancellationToken)
    {
        CandidateList list = await reader.ForVacancyAsync(id, employer, Languages.Current, cancellationToken);
        return list.Access switch
        {
            CandidateAccess.Allowed => TypedResults.Ok(list.Candidates),
            CandidateAccess.Forbidden => Refusal.Forbidden("This vacancy belongs to another organisation.").ToProblem(),
            _ => Refusal.NotFound("No open vacancy has this id.").ToProblem(),
        };
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> VerdictAsync(
        Guid id, Guid jobseekerId, FeedbackRequest? request, ClaimsPrincipal employer, MatchReader reader, CancellationToken cancellationToken)
    {
        if (request?.Verdict is not (MatchFeedback.Invited or MatchFeedback.NotSuitable))
        {
            return Refusal.Invalid("verdict", "Use invited or not-suitable.").ToProblem();
        }

        return await reader.SetVerdictAsync(id, jobseekerId, request.Verdict, employer, cancellationToken) switch
        {
            CandidateAccess.Allowed => TypedResults.NoContent(),
            CandidateAccess.Forbidden => Refusal.Forbidden("This vacancy belongs to another organisation.").ToProblem(),
            _ => Refusal.NotFound("This person is not a candidate for this open vacancy.").ToProblem(),
        };
    }
}

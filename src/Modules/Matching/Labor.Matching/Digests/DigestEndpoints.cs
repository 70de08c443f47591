using Labor.BuildingBlocks.Outcomes;
using Labor.Jobseekers.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Labor.Matching.Digests;

/// <summary>Unsubscribing by the signed token from a digest, for programs; people and mail clients use the page.</summary>
internal static class DigestEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGroup("/api/digests").WithTags("Digests")
            .MapPost("/unsubscribe", UnsubscribeAsync).AllowAnonymous().WithName("UnsubscribeFromDigests").ProducesValidationProblem()
            .WithSummary("Turns vacancy digests off for the person the token (from a digest's unsubscribe link) was made for; no sign-in needed.");

    private static async Task<Results<NoContent, ProblemHttpResult>> UnsubscribeAsync(
        UnsubscribeRequest? request, UnsubscribeLinks links, IDigestSubscriptions subscriptions, CancellationToken cancellationToken) =>
        await TryUnsubscribeAsync(request?.Token, links, subscriptions, cancellationToken)
            ? TypedResults.NoContent()
            : Refusal.Invalid("token", "Not a valid unsubscribe token.").ToProblem();

    /// <returns>false when the token is not one of ours, or its jobseeker no longer exists.</returns>
    public static async Task<bool> TryUnsubscribeAsync(string? token, UnsubscribeLinks links, IDigestSubscriptions subscriptions, CancellationToken cancellationToken) =>
        links.Read(token) is { } jobseekerId && await subscriptions.UnsubscribeAsync(jobseekerId, cancellationToken);
}

/// <param name="Token">The last part of the digest's unsubscribe link.</param>
internal sealed record UnsubscribeRequest(string? Token);

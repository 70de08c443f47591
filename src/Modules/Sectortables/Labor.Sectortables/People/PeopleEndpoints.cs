using System.Security.Claims;
using Labor.BuildingBlocks.Outcomes;
using Labor.BuildingBlocks.Security;
using Labor.BuildingBlocks.Web;
using Labor.Sectortables.Tables;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Labor.Sectortables.People;

/// <summary>An admin seats a table's kartrekkers and projectleider, and removes them.</summary>
internal static class PeopleEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        RouteGroupBuilder people = endpoints.MapGroup("/api/sectortables/{id:guid}/people").WithTags("Sector tables").RequireAuthorization(Policies.Admin);
        people.MapPost("/", SeatAsync).Validate<PersonRequest>().WithName("SeatPerson")
            .WithSummary("Seats a kartrekker (at most 3) or the projectleider (one) by address; an address without an account gets one and an invitation.");
        people.MapDelete("/{accountId:guid}", UnseatAsync).WithName("UnseatPerson")
            .WithSummary("Removes someone from the table; they can no longer change it.");
    }

    private static async Task<Results<Created<SeatedPerson>, ValidationProblem, ProblemHttpResult>> SeatAsync(
        Guid id, PersonRequest request, ClaimsPrincipal admin, TablePeople people, CancellationToken cancellationToken)
    {
        Result<SeatedPerson> outcome = await people.SeatAsync(id, request, admin, cancellationToken);
        return outcome.Refusal is { } refusal ? refusal.ToProblem() : TypedResults.Created($"/api/sectortables/{id}", outcome.Value);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> UnseatAsync(Guid id, Guid accountId, TablePeople people, CancellationToken cancellationToken) =>
        await people.UnseatAsync(id, accountId, cancellationToken)
            ? TypedResults.NoContent()
            : Refusal.NotFound("This account is not seated at this sector table.").ToProblem();
}

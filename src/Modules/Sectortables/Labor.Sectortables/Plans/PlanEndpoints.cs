using System.Security.Claims;
using Labor.BuildingBlocks.Outcomes;
using Labor.BuildingBlocks.Security;
using Labor.BuildingBlocks.Web;
using Labor.Sectortables.Tables;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Labor.Sectortables.Plans;

/// <summary>A lead moves their own table's plan over the API.</summary>
internal static class PlanEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGroup("/api/sectortables").WithTags("Sector tables")
            .MapPut("/{id:guid}/plan", MoveAsync).RequireAuthorization(Policies.SectorLead).Validate<PlanStatusRequest>().WithName("MovePlan")
            .Produces(StatusCodes.Status204NoContent).ProducesChangeProblems()
            .WithSummary("Moves the plan: concept → ter-accordering → geaccordeerd → gestart → afgerond (or back to concept). Own table only.");

    private static async Task<IResult> MoveAsync(Guid id, PlanStatusRequest request, ClaimsPrincipal lead, PlanSteps steps, CancellationToken cancellationToken) =>
        (await steps.MoveAsync(id, request, lead, cancellationToken)).ToHttp(_ => TypedResults.NoContent());
}

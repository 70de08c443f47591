using System.Security.Claims;
using Labor.BuildingBlocks.Outcomes;
using Labor.BuildingBlocks.Security;
using Labor.BuildingBlocks.Web;
using Labor.Sectortables.Tables;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Labor.Sectortables.Actions;

/// <summary>A lead adds, changes and records progress on their own table's actions over the API.</summary>
internal static class ActionEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        RouteGroupBuilder actions = endpoints.MapGroup("/api/sectortables/{id:guid}").WithTags("Sector tables").RequireAuthorization(Policies.SectorLead);
        actions.MapPost("/actions", AddAsync).Validate<ActionRequest>().WithName("AddAction")
            .Produces<ActionView>(StatusCodes.Status201Created).ProducesChangeProblems()
            .WithSummary("Adds an action to the plan. Own table only.");
        actions.MapPut("/actions/{actionId:guid}", EditAsync).Validate<ActionRequest>()
            .WithName("EditAction").Produces<ActionView>().ProducesChangeProblems().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Changes an action; the change is kept in its history. Own table only. With version: 409 when the action changed since.");
        actions.MapPost("/actions/{actionId:guid}/progress", RecordProgressAsync).Validate<ProgressRequest>().WithName("RecordProgress")
            .Produces<ActionView>(StatusCodes.Status201Created).ProducesChangeProblems()
            .WithSummary("Appends a measured value of the action's indicator (never in the future). Own table only.");
    }

    private static async Task<IResult> AddAsync(Guid id, ActionRequest request, ClaimsPrincipal lead, TableActions actions, CancellationToken cancellationToken) =>
        await (await actions.AddAsync(id, request, lead, cancellationToken)).ToHttpAsync(
            async action => TypedResults.Created($"/api/sectortables/{id}/actions/{action.Id}", await actions.ViewAsync(action, cancellationToken)));

    private static async Task<IResult> EditAsync(Guid id, Guid actionId, ActionRequest request, ClaimsPrincipal lead, TableActions actions, CancellationToken cancellationToken) =>
        await (await actions.EditAsync(id, actionId, request, lead, cancellationToken)).ToHttpAsync(
            async action => TypedResults.Ok(await actions.ViewAsync(action, cancellationToken)));

    private static async Task<IResult> RecordProgressAsync(Guid id, Guid actionId, ProgressRequest request, ClaimsPrincipal lead, TableActions actions, CancellationToken cancellationToken) =>
        await (await actions.RecordProgressAsync(id, actionId, request, lead, cancellationToken)).ToHttpAsync(
            async action => TypedResults.Created($"/api/sectortables/{id}", await actions.ViewAsync(action, cancellationToken)));
}

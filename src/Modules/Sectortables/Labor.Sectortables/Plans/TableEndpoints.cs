using System.Globalization;
using System.Security.Claims;
using Labor.BuildingBlocks.Csv;
using Labor.BuildingBlocks.Outcomes;
using Labor.BuildingBlocks.Security;
using Labor.BuildingBlocks.Web;
using Labor.Sectortables.Actions;
using Labor.Sectortables.Domain;
using Labor.Sectortables.Figures;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Labor.Sectortables.Plans;

/// <summary>
/// The sector tables over the API: leads, programme staff and admins read every table (ADR 11); a lead changes only
/// their own table's plan, actions and progress; an admin adds a table.
/// </summary>
internal static class TableEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        RouteGroupBuilder tables = endpoints.MapGroup("/api/sectortables").WithTags("Sector tables");
        tables.MapGet("/", async (ClaimsPrincipal reader, TablePlans plans, CancellationToken cancellationToken) => TypedResults.Ok(await plans.ListAsync(reader, cancellationToken)))
            .RequireAuthorization(Policies.SectorTableReader).WithName("SectorTables")
            .WithSummary("Every sector table with its plan's status and its actions' mean progress.");
        tables.MapGet("/figures.csv", AllFiguresCsvAsync).RequireAuthorization(Policies.SectorTableReader).WithName("SectorTablesFiguresCsv")
            .WithSummary("Every table's live figures now, side by side, as CSV.");
        tables.MapGet("/figures", () => TypedResults.Ok(LiveFigures.Codes))
            .RequireAuthorization(Policies.SectorTableReader).WithName("LiveFigureCodes")
            .WithSummary("The live figures an action's indicator can follow.");
        tables.MapPost("/", AddTableAsync).RequireAuthorization(Policies.Admin).Validate<TableRequest>().WithName("AddSectorTable")
            .WithSummary("Adds a sector table (the programme foresees ten); its plan starts as concept.");
        tables.MapGet("/{id:guid}", GetAsync).RequireAuthorization(Policies.SectorTableReader).WithName("SectorTable")
            .WithSummary("A table's plan with its dated history, its actions with progress and changes, and its live figures.");
        tables.MapGet("/{id:guid}/figures.csv", FiguresCsvAsync).RequireAuthorization(Policies.SectorTableReader).WithName("SectorTableFiguresCsv")
            .WithSummary("The table's live figures per month (as they stood at each month's end, this month as they stand now), as CSV.");
        tables.MapPut("/{id:guid}/plan", MovePlanAsync).RequireAuthorization(Policies.SectorLead).Validate<PlanStatusRequest>().WithName("MovePlan")
            .Produces(StatusCodes.Status204NoContent).ProducesChangeProblems()
            .WithSummary("Moves the plan: concept → ter-accordering → geaccordeerd → gestart → afgerond (or back to concept). Own table only.");
        tables.MapPost("/{id:guid}/actions", AddActionAsync).RequireAuthorization(Policies.SectorLead).Validate<ActionRequest>().WithName("AddAction")
            .Produces<ActionView>(StatusCodes.Status201Created).ProducesChangeProblems()
            .WithSummary("Adds an action to the plan. Own table only.");
        tables.MapPut("/{id:guid}/actions/{actionId:guid}", EditActionAsync).RequireAuthorization(Policies.SectorLead).Validate<ActionRequest>()
            .WithName("EditAction").Produces<ActionView>().ProducesChangeProblems().ProducesProblem(StatusCodes.Status409Conflict).WithSummary("Changes an action; the change is kept in its history. Own table only. With version: 409 when the action changed since.");
        tables.MapPost("/{id:guid}/actions/{actionId:guid}/progress", RecordProgressAsync).RequireAuthorization(Policies.SectorLead)
            .Validate<ProgressRequest>().WithName("RecordProgress").Produces<ActionView>(StatusCodes.Status201Created).ProducesChangeProblems()
            .WithSummary("Appends a measured value of the action's indicator (never in the future). Own table only.");
    }

    private static async Task<Results<Ok<TableView>, ProblemHttpResult>> GetAsync(Guid id, ClaimsPrincipal reader, TablePlans plans, CancellationToken cancellationToken) =>
        await plans.FindAsync(id, reader, cancellationToken) is { } view ? TypedResults.Ok(view) : NotFound();

    private static async Task<FileContentHttpResult> AllFiguresCsvAsync(ClaimsPrincipal reader, TablePlans plans, CancellationToken cancellationToken)
    {
        static object?[] Row(TableSummary t) => [t.Name, .. LiveFigures.Codes.Select(code => (object?)t.Figures[code])];
        return CsvDownload.File("labor-sectortafels-cijfers.csv", [["sector_table", .. LiveFigures.Codes], .. (await plans.ListAsync(reader, cancellationToken)).Select(Row)]);
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> FiguresCsvAsync(Guid id, ClaimsPrincipal reader, TablePlans plans, CancellationToken cancellationToken)
    {
        if (await plans.FindAsync(id, reader, cancellationToken) is not { } table)
        {
            return NotFound();
        }

        static object?[] Row(MonthFigures m) =>
            [m.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture), m.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                .. LiveFigures.Codes.Select(code => m.Figures.TryGetValue(code, out int value) ? (object?)value : null)];
        return CsvDownload.File("labor-sectortafel-cijfers.csv", [["month", "as_of", .. LiveFigures.Codes], .. table.FiguresByMonth.Select(Row)]);
    }

    private static async Task<Results<Created<TableSummary>, ProblemHttpResult>> AddTableAsync(TableRequest request, TablePlans plans, CancellationToken cancellationToken)
    {
        Result<Table> outcome = await plans.AddTableAsync(request, cancellationToken);
        if (outcome.Value is not { } table)
        {
            return outcome.Refusal!.ToProblem();
        }

        return TypedResults.Created($"/api/sectortables/{table.Id}", new TableSummary(table.Id, table.Name, table.NameEn, PlanStatuses.Codes[table.PlanStatus], null, 0, null, false, 0, 0,
            LiveFigures.Codes.ToDictionary(code => code, _ => 0)));
    }

    private static async Task<IResult> MovePlanAsync(Guid id, PlanStatusRequest request, ClaimsPrincipal lead, TablePlans plans, CancellationToken cancellationToken) =>
        (await plans.MovePlanAsync(id, request, lead, cancellationToken)).ToHttp(_ => TypedResults.NoContent());

    private static async Task<IResult> AddActionAsync(Guid id, ActionRequest request, ClaimsPrincipal lead, TablePlans plans, CancellationToken cancellationToken) =>
        await (await plans.AddActionAsync(id, request, lead, cancellationToken)).ToHttpAsync(
            async action => TypedResults.Created($"/api/sectortables/{id}/actions/{action.Id}", await plans.ViewAsync(action, cancellationToken)));

    private static async Task<IResult> EditActionAsync(Guid id, Guid actionId, ActionRequest request, ClaimsPrincipal lead, TablePlans plans, CancellationToken cancellationToken) =>
        await (await plans.EditActionAsync(id, actionId, request, lead, cancellationToken)).ToHttpAsync(
            async action => TypedResults.Ok(await plans.ViewAsync(action, cancellationToken)));

    private static async Task<IResult> RecordProgressAsync(Guid id, Guid actionId, ProgressRequest request, ClaimsPrincipal lead, TablePlans plans, CancellationToken cancellationToken) =>
        await (await plans.RecordProgressAsync(id, actionId, request, lead, cancellationToken)).ToHttpAsync(
            async action => TypedResults.Created($"/api/sectortables/{id}", await plans.ViewAsync(action, cancellationToken)));

    /// <summary>Every change answers these beside its validation problems: not the lead's table, or no such table or action.</summary>
    private static RouteHandlerBuilder ProducesChangeProblems(this RouteHandlerBuilder endpoint) =>
        endpoint.ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

    private static ProblemHttpResult NotFound() => Refusal.NotFound("No sector table or action has this id.").ToProblem();
}

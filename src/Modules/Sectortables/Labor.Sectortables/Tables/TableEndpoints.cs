using System.Globalization;
using System.Security.Claims;
using Labor.BuildingBlocks.Csv;
using Labor.BuildingBlocks.Outcomes;
using Labor.BuildingBlocks.Security;
using Labor.BuildingBlocks.Web;
using Labor.Sectortables.Domain;
using Labor.Sectortables.Figures;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Labor.Sectortables.Tables;

/// <summary>
/// The sector tables over the API: leads, programme staff and admins read every table (ADR 11); an admin adds a
/// table. A lead's changes to their own table are in <c>Plans/</c> and <c>Actions/</c>.
/// </summary>
internal static class TableEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        RouteGroupBuilder group = endpoints.MapGroup("/api/sectortables").WithTags("Sector tables");
        group.MapGet("/", async (ClaimsPrincipal reader, TableReader tables, CancellationToken cancellationToken) => TypedResults.Ok(await tables.ListAsync(reader, cancellationToken)))
            .RequireAuthorization(Policies.SectorTableReader).WithName("SectorTables")
            .WithSummary("Every sector table with its plan's status and its actions' mean progress.");
        group.MapGet("/figures.csv", AllFiguresCsvAsync).RequireAuthorization(Policies.SectorTableReader).WithName("SectorTablesFiguresCsv")
            .WithSummary("Every table's live figures now, side by side, as CSV.");
        group.MapGet("/figures", () => TypedResults.Ok(LiveFigures.Codes))
            .RequireAuthorization(Policies.SectorTableReader).WithName("LiveFigureCodes")
            .WithSummary("The live figures an action's indicator can follow.");
        group.MapPost("/", AddTableAsync).RequireAuthorization(Policies.Admin).Validate<TableRequest>().WithName("AddSectorTable")
            .WithSummary("Adds a sector table (the programme foresees ten); its plan starts as concept.");
        group.MapGet("/{id:guid}", GetAsync).RequireAuthorization(Policies.SectorTableReader).WithName("SectorTable")
            .WithSummary("A table's plan with its dated history, its actions with progress and changes, and its live figures.");
        group.MapGet("/{id:guid}/figures.csv", FiguresCsvAsync).RequireAuthorization(Policies.SectorTableReader).WithName("SectorTableFiguresCsv")
            .WithSummary("The table's live figures per month (as they stood at each month's end, this month as they stand now), as CSV.");
    }

    private static async Task<Results<Ok<TableView>, ProblemHttpResult>> GetAsync(Guid id, ClaimsPrincipal reader, TableReader tables, CancellationToken cancellationToken) =>
        await tables.FindAsync(id, reader, cancellationToken) is { } view ? TypedResults.Ok(view) : NotFound();

    private static async Task<FileContentHttpResult> AllFiguresCsvAsync(ClaimsPrincipal reader, TableReader tables, CancellationToken cancellationToken)
    {
        static object?[] Row(TableSummary t) => [t.Name, .. LiveFigures.Codes.Select(code => (object?)t.Figures[code])];
        return CsvDownload.File("labor-sectortafels-cijfers.csv", [["sector_table", .. LiveFigures.Codes], .. (await tables.ListAsync(reader, cancellationToken)).Select(Row)]);
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> FiguresCsvAsync(Guid id, ClaimsPrincipal reader, TableReader tables, CancellationToken cancellationToken)
    {
        if (await tables.FindAsync(id, reader, cancellationToken) is not { } table)
        {
            return NotFound();
        }

        static object?[] Row(MonthFigures m) =>
            [m.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture), m.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                .. LiveFigures.Codes.Select(code => m.Figures.TryGetValue(code, out int value) ? (object?)value : null)];
        return CsvDownload.File("labor-sectortafel-cijfers.csv", [["month", "as_of", .. LiveFigures.Codes], .. table.FiguresByMonth.Select(Row)]);
    }

    private static async Task<Results<Created<TableSummary>, ProblemHttpResult>> AddTableAsync(TableRequest request, TableChanges changes, CancellationToken cancellationToken)
    {
        Result<Table> outcome = await changes.AddAsync(request, cancellationToken);
        if (outcome.Value is not { } table)
        {
            return outcome.Refusal!.ToProblem();
        }

        return TypedResults.Created($"/api/sectortables/{table.Id}", new TableSummary(table.Id, table.Name, table.NameEn, PlanStatuses.Codes[table.PlanStatus], null, 0, null, false, 0, 0,
            LiveFigures.Codes.ToDictionary(code => code, _ => 0)));
    }

    /// <summary>Every change answers these beside its validation problems: not the lead's table, or no such table or action.</summary>
    public static RouteHandlerBuilder ProducesChangeProblems(this RouteHandlerBuilder endpoint) =>
        endpoint.ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

    private static ProblemHttpResult NotFound() => TableChanges.NoSuchTable.ToProblem();
}

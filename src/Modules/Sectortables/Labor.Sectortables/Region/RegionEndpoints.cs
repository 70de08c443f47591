using Labor.BuildingBlocks.Csv;
using Labor.BuildingBlocks.Outcomes;
using Labor.BuildingBlocks.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Labor.Sectortables.Region;

internal static class RegionEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        RouteGroupBuilder region = endpoints.MapGroup("/api/region").WithTags("Region").RequireAuthorization(Policies.ProgrammeStaff);
        region.MapGet("/dashboard", async (RegionDashboard dashboard, CancellationToken cancellationToken) => TypedResults.Ok(await dashboard.BuildAsync(cancellationToken)))
            .WithName("RegionDashboard").WithSummary("Placements that started (results), and the HCA targets against the platform's figures (proxies), per month and per municipality.");
        region.MapGet("/dashboard/{part}.csv", CsvAsync).WithName("RegionDashboardCsv")
            .WithSummary("One table of the dashboard as CSV: targets, trajectories, placements-months, placements-municipalities, months or municipalities (the last two proxies).");
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> CsvAsync(string part, RegionDashboard dashboard, CancellationToken cancellationToken) =>
        RegionDashboard.Parts.Contains(part)
            ? CsvDownload.File($"labor-{part}.csv", RegionDashboard.CsvRows(await dashboard.BuildAsync(cancellationToken), part))
            : Refusal.NotFound($"No such table: use {string.Join(", ", RegionDashboard.Parts)}.").ToProblem();
}

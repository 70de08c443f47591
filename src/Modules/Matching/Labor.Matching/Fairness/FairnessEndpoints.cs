using Labor.BuildingBlocks.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Labor.Matching.Fairness;

internal static class FairnessEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/api/matching/fairness", async (FairnessReport report, CancellationToken cancellationToken) =>
                TypedResults.Ok(await report.BuildAsync(cancellationToken)))
            .WithTags("Matching").RequireAuthorization(Policies.ProgrammeStaff).WithName("FairnessReport")
            .WithSummary("Match rates and mean scores per age band, gender and municipality, so bias can be seen. Counts only, never people.");
}

using Labor.BuildingBlocks.Security;
using Labor.Matching.Resources;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;

namespace Labor.Matching.Fairness;

internal static class FairnessEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/api/matching/fairness", async (FairnessReport report, IStringLocalizer<Texts> texts, CancellationToken cancellationToken) =>
                TypedResults.Ok(new FairnessReportView(SmallGroups.MinimumSize, texts["FairnessSmallGroups"], await report.BuildAsync(cancellationToken))))
            .WithTags("Matching").RequireAuthorization(Policies.ProgrammeStaff).WithName("FairnessReport")
            .WithSummary("Match rates and mean scores per age band, gender and municipality, so bias can be seen. Counts only, never people: "
                + "groups of fewer than 10 are merged into 'smaller-groups', which shows no figures while it is still fewer than 10 (note, Dutch or with ?culture=en English).");
}

/// <param name="MinimumGroupSize">The fewest people a row's figures may describe.</param>
/// <param name="Note">How small groups are shown, in the reader's language.</param>
internal sealed record FairnessReportView(int MinimumGroupSize, string Note, IReadOnlyList<FairnessGroup> Groups);

using System.Security.Claims;
using Labor.BuildingBlocks.Outcomes;
using Labor.BuildingBlocks.Privacy;
using Labor.BuildingBlocks.Security;
using Labor.BuildingBlocks.Web;
using Labor.Reference.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Labor.Outcomes.Placements;

/// <summary>An employer marks a candidate hired; a person reports new work; each reads their own.</summary>
internal static class PlacementEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        RouteGroupBuilder placements = endpoints.MapGroup("/api/placements").WithTags("Placements").WithNoStore();
        placements.MapPost("/hires", HireAsync).Validate<HireRequest>().RequireAuthorization(Policies.Employer).WithName("HireCandidate")
            .Produces<HireView>(StatusCodes.Status201Created).Produces<HireView>().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Marks a candidate of the organisation's own vacancy hired: 201 with the new placement, 200 when this hire was reported before (one hire, one placement).");
        placements.MapGet("/hires", async (ClaimsPrincipal employer, PlacementReader reader, CancellationToken cancellationToken) =>
                TypedResults.Ok(await reader.ForOrganisationAsync(employer.OrganisationId()!.Value, cancellationToken)))
            .RequireAuthorization(Policies.Employer).WithName("OurHires")
            .WithSummary("The hires the organisation reported, newest start first; a name only while the person consents to being shown.");
        placements.MapPost("/mine", ReportAsync).Validate<WorkReport>().RequireAuthorization(Policies.Jobseeker).WithName("ReportNewWork")
            .Produces<PlacementView>(StatusCodes.Status201Created).Produces<PlacementView>().ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("The signed-in person reports new work, through a vacancy here or found elsewhere: 201, or 200 when it merged into the employer's report of the same hire.");
        placements.MapGet("/mine", async (ClaimsPrincipal person, PlacementReader reader, CancellationToken cancellationToken) =>
                TypedResults.Ok(await reader.ForPersonAsync(person.UserId()!.Value, Languages.Current, cancellationToken)))
            .RequireAuthorization(Policies.Jobseeker).WithName("MyPlacements")
            .WithSummary("The signed-in person's placements, newest start first.");
    }

    private static async Task<IResult> HireAsync(
        HireRequest request, ClaimsPrincipal employer, PlacementBook book, PlacementReader reader, CancellationToken cancellationToken) =>
        await (await book.HireAsync(request, employer, cancellationToken)).ToHttpAsync(async recorded =>
        {
            HireView hire = (await reader.ForOrganisationAsync(employer.OrganisationId()!.Value, cancellationToken)).Single(h => h.PlacementId == recorded.Placement.Id);
            return recorded.Created ? TypedResults.Created($"/api/placements/hires", hire) : TypedResults.Ok(hire);
        });

    private static async Task<IResult> ReportAsync(
        WorkReport report, ClaimsPrincipal person, PlacementBook book, PlacementReader reader, CancellationToken cancellationToken) =>
        await (await book.ReportAsync(report, person.UserId()!.Value, cancellationToken)).ToHttpAsync(async recorded =>
        {
            PlacementView view = (await reader.ForPersonAsync(person.UserId()!.Value, Languages.Current, cancellationToken)).Single(p => p.Id == recorded.Placement.Id);
            return recorded.Created ? TypedResults.Created($"/api/placements/mine", view) : TypedResults.Ok(view);
        });
}

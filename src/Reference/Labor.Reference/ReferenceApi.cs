using Labor.Reference.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Labor.Reference;

/// <summary>The vocabulary for API clients and forms: public, read-only, cacheable.</summary>
internal static class ReferenceApi
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        RouteGroupBuilder reference = endpoints.MapGroup("/api/reference").WithTags("Reference").AllowAnonymous()
            .AddEndpointFilter(async (context, next) =>
            {
                context.HttpContext.Response.Headers.CacheControl = "public, max-age=3600";
                return await next(context);
            });
        reference.MapGet("/sector-tables", (IReferenceData data) => TypedResults.Ok(data.SectorTables))
            .WithSummary("The sector tables, by their exact Dutch names.");
        reference.MapGet("/municipalities", (IReferenceData data) => TypedResults.Ok(data.Municipalities))
            .WithSummary("The 20 municipalities of Regio Zwolle with the coordinates distances fall back to.");
        reference.MapGet("/education-levels", (IReferenceData data) => TypedResults.Ok(data.EducationLevels))
            .WithSummary("Education levels, lowest first; 'rank' orders them for 'at least'.");
    }
}

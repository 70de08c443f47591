using Labor.Reference.Contracts;
using Labor.Reference.Places;
using Labor.Reference.Vocabulary;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Labor.Reference;

/// <summary>The vocabulary for API clients and forms: public, read-only, cacheable.</summary>
internal static class ReferenceApi
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        RouteGroupBuilder reference = endpoints.MapGroup("/api/reference").WithTags("Reference").AllowAnonymous();
        RouteGroupBuilder fixedLists = reference.MapGroup("").CacheFor(TimeSpan.FromHours(1));
        fixedLists.MapGet("/sector-tables", (IReferenceData data) => TypedResults.Ok(data.SectorTables))
            .WithSummary("The sector tables, by their exact Dutch names.");
        fixedLists.MapGet("/municipalities", (IReferenceData data) => TypedResults.Ok(data.Municipalities))
            .WithSummary("The 20 municipalities of Regio Zwolle with the coordinates distances fall back to.");
        fixedLists.MapGet("/education-levels", (IReferenceData data) => TypedResults.Ok(data.EducationLevels))
            .WithSummary("Education levels, lowest first; 'rank' orders them for 'at least'.");

        // An import changes these, so browsers keep them briefly.
        VocabularyApi.Map(reference.MapGroup("").CacheFor(TimeSpan.FromMinutes(5)));
        PostcodeEndpoint.Map(reference);
    }

    private static RouteGroupBuilder CacheFor(this RouteGroupBuilder group, TimeSpan age) =>
        group.AddEndpointFilter((context, next) =>
        {
            HttpResponse response = context.HttpContext.Response;
            response.OnStarting(() =>
            {
                if (response.StatusCode == StatusCodes.Status200OK)
                {
                    response.Headers.CacheControl = $"public, max-age={(int)age.TotalSeconds}";
                }

                return Task.CompletedTask;
            });
            return next(context);
        });
}

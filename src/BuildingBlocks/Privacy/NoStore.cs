using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Labor.BuildingBlocks.Privacy;

/// <summary>
/// Answers that carry a person's data must stay in no cache: not in a proxy's, and not in the browser's on a shared
/// computer where the next user opens the history or the download again. Pragma is for HTTP/1.0 caches.
/// </summary>
public static class NoStore
{
    public static void Apply(HttpResponse response)
    {
        response.Headers.CacheControl = "no-store";
        response.Headers.Pragma = "no-cache";
    }

    /// <summary>Every answer of these endpoints, refusals included, is kept out of caches.</summary>
    public static TBuilder WithNoStore<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            Apply(context.HttpContext.Response);
            return await next(context);
        });
}

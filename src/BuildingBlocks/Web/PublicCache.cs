using System.Globalization;
using Microsoft.Extensions.DependencyInjection;

namespace Labor.BuildingBlocks.Web;

/// <summary>
/// Output caching for public answers that many anonymous visitors ask alike (the vacancy search): the same words in
/// the same language are answered from memory for a few seconds instead of by the database each time. Signed-in
/// requests, answers other than 200 and answers that set a cookie are never cached (ASP.NET Core's default policy).
/// </summary>
public static class PublicCache
{
    /// <summary>The vacancy search: its page and its API answer.</summary>
    public const string Search = "public-search";

    /// <summary>How stale a cached search may be: a vacancy published or closed shows at most this much later.</summary>
    public static readonly TimeSpan SearchLifetime = TimeSpan.FromSeconds(10);

    public static IServiceCollection AddLaborOutputCache(this IServiceCollection services) =>
        services.AddOutputCache(options => options.AddPolicy(Search, policy => policy
            .Expire(SearchLifetime)
            // The page is in the visitor's language (cookie or Accept-Language), resolved before the cache is asked.
            .VaryByValue(_ => new KeyValuePair<string, string>("culture", CultureInfo.CurrentUICulture.Name))));
}

using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Labor.Host.Composition;

internal static class Localization
{
    public static readonly CultureInfo[] Cultures = [new("nl"), new("en")];

    /// <summary>
    /// Dutch unless the person chose English (cookie, or ?culture=en on a link). The browser's Accept-Language is
    /// deliberately not consulted: the platform serves a Dutch region and its pages open in Dutch.
    /// </summary>
    public static IServiceCollection AddLaborLocalization(this IServiceCollection services)
    {
        services.AddLocalization();
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture("nl");
            options.SupportedCultures = Cultures;
            options.SupportedUICultures = Cultures;
            options.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider()];
        });
        return services;
    }
}

using Labor.Reference.Contracts;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Labor.Reference.Places;

internal static class PlacesRegistration
{
    public static IServiceCollection AddPlaces(this IServiceCollection services, IConfiguration configuration)
    {
        PdokOptions pdok = configuration.GetSection(PdokOptions.Section).Get<PdokOptions>() ?? new PdokOptions();
        services.AddRemoteService<IPdokLocatieserver>(pdok.BaseUrl, pdok.AttemptTimeout, pdok.TotalTimeout, pdok.Retries);
        services.AddScoped<IPostcodeLocator, PostcodeLocator>();
        return services;
    }
}

using Labor.Reference.Contracts;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Refit;

namespace Labor.Reference.Places;

internal static class PlacesRegistration
{
    public static IServiceCollection AddPlaces(this IServiceCollection services, IConfiguration configuration)
    {
        PdokOptions pdok = configuration.GetSection(PdokOptions.Section).Get<PdokOptions>() ?? new PdokOptions();
        services.AddRefitGeneratedClient<IPdokLocatieserver>()
            .ConfigureHttpClient(http => http.BaseAddress = pdok.BaseUrl)
            .AddStandardResilienceHandler(resilience =>
            {
                resilience.AttemptTimeout.Timeout = pdok.AttemptTimeout;
                resilience.TotalRequestTimeout.Timeout = pdok.TotalTimeout;
                resilience.Retry.MaxRetryAttempts = pdok.Retries;
                resilience.Retry.Delay = TimeSpan.FromMilliseconds(200);
                resilience.CircuitBreaker.SamplingDuration = pdok.AttemptTimeout * 2 + TimeSpan.FromSeconds(1);
            });
        services.AddScoped<IPostcodeLocator, PostcodeLocator>();
        return services;
    }
}

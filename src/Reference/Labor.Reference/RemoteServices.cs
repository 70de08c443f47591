using Microsoft.Extensions.DependencyInjection;
using Refit;

namespace Labor.Reference;

/// <summary>How the component calls public services (PDOK, ESCO): a generated Refit client with a timeout per attempt, retries and a circuit breaker.</summary>
internal static class RemoteServices
{
    public static void AddRemoteService<TApi>(this IServiceCollection services, Uri baseUrl, TimeSpan attemptTimeout, TimeSpan totalTimeout, int retries)
        where TApi : class =>
        services.AddRefitGeneratedClient<TApi>()
            .ConfigureHttpClient(http => http.BaseAddress = baseUrl)
            .AddStandardResilienceHandler(resilience =>
            {
                resilience.AttemptTimeout.Timeout = attemptTimeout;
                resilience.TotalRequestTimeout.Timeout = totalTimeout;
                resilience.Retry.MaxRetryAttempts = retries;
                resilience.Retry.Delay = TimeSpan.FromMilliseconds(200);
                resilience.CircuitBreaker.SamplingDuration = attemptTimeout * 2 + TimeSpan.FromSeconds(1);
            });
}

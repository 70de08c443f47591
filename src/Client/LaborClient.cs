using Microsoft.Extensions.DependencyInjection;
using Refit;

namespace Labor.Client;

public static class LaborClient
{
    /// <summary>A client over an existing HttpClient (its BaseAddress is the platform's address).</summary>
    public static ILaborApi Create(HttpClient http) => RestService.For<ILaborApi>(http);

    /// <summary>Registers the client with IHttpClientFactory for applications that call the platform.</summary>
    public static IHttpClientBuilder AddLaborClient(this IServiceCollection services, Uri baseAddress) =>
        services.AddRefitClient<ILaborApi>().ConfigureHttpClient(http => http.BaseAddress = baseAddress);
}

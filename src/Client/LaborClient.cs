using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using Refit;

namespace Labor.Client;

public static class LaborClient
{
    /// <summary>An anonymous client over an HttpClient whose BaseAddress is the platform's address.</summary>
    public static ILaborApi Create(HttpClient http) => RestService.For<ILaborApi>(http);

    /// <summary>
    /// Signs in and returns a client that carries the bearer token on every call. The token is set on
    /// <paramref name="http"/>, so give each signed-in client its own HttpClient.
    /// </summary>
    /// <exception cref="LaborSignInException">The platform refused the e-mail address and password.</exception>
    public static async Task<ILaborApi> SignInAsync(HttpClient http, string email, string password, CancellationToken cancellationToken = default)
    {
        ILaborApi api = Create(http);
        IApiResponse<AccessToken> token = await api.SignInAsync(new SignIn(email, password), cancellationToken);
        if (!token.IsSuccessStatusCode || token.Content is null)
        {
            throw new LaborSignInException((int?)token.StatusCode ?? 0);
        }

        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.Content.Token);
        return api;
    }

    /// <summary>Registers the client with IHttpClientFactory for applications that call the platform.</summary>
    public static IHttpClientBuilder AddLaborClient(this IServiceCollection services, Uri baseAddress) =>
        services.AddRefitGeneratedClient<ILaborApi>().ConfigureHttpClient(http => http.BaseAddress = baseAddress);
}

public sealed class LaborSignInException : Exception
{
    public LaborSignInException(int status)
        : base($"Sign-in refused (HTTP {status}).") => Status = status;

    public LaborSignInException()
    {
    }

    public LaborSignInException(string message)
        : base(message)
    {
    }

    public LaborSignInException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public int Status { get; }
}

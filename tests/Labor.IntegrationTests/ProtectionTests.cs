using System.Net;
using System.Net.Http.Json;
using Labor.BuildingBlocks.Security;
using Labor.Testing;

namespace Labor.IntegrationTests;

/// <summary>A host configured as in production: tight account rate limits and Secure cookies.</summary>
public sealed class ProductionLikeHost : LaborHost
{
    public ProductionLikeHost()
    {
        Settings["RateLimits:Account:PermitLimit"] = "3";
        Settings["Security:SecureCookies"] = "true";
        Settings["Accounts:InitialAdmin:Email"] = InitialAdmin;
        Settings["Accounts:InitialAdmin:Password"] = "set up by configuration only";
    }

    public const string InitialAdmin = "beheerder@test.example";
}

public sealed class ProtectionTests(ProductionLikeHost host) : IClassFixture<ProductionLikeHost>
{
    [Fact]
    public async Task Account_endpoints_answer_429_with_problem_details_past_the_limit_per_client_address()
    {
        using HttpClient http = host.CreateHttpClient();
        for (int i = 0; i < 3; i++)
        {
            (await ForgotFromAsync(http, "198.51.100.1")).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        }

        using HttpResponseMessage limited = await ForgotFromAsync(http, "198.51.100.1");

        limited.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        limited.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        limited.Headers.RetryAfter.ShouldNotBeNull();
        (await ForgotFromAsync(http, "198.51.100.2")).StatusCode.ShouldBe(HttpStatusCode.Accepted, "another address has its own allowance");
    }

    [Fact]
    public async Task Every_response_carries_the_security_headers()
    {
        using HttpClient http = host.CreateHttpClient();
        foreach (string path in new[] { "/", "/api/vacancies", "/api/does-not-exist", "/account/inloggen" })
        {
            using HttpResponseMessage response = await http.GetAsync(new Uri(path, UriKind.Relative));
            response.Headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff", path);
            response.Headers.GetValues("X-Frame-Options").Single().ShouldBe("DENY", path);
            response.Headers.GetValues("Referrer-Policy").Single().ShouldBe("strict-origin-when-cross-origin", path);
            response.Headers.GetValues("Content-Security-Policy").Single().ShouldContain("frame-ancestors 'none'", customMessage: path);
        }
    }

    [Fact]
    public async Task Cookies_are_secure_http_only_and_same_site()
    {
        // As behind the TLS proxy of production: the request says it came in over https. Cookies are handled by
        // hand because HttpClient keeps Secure cookies away from an http:// address.
        TestUser user = await host.UserAsync(Roles.Jobseeker);
        using var http = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = host.BaseAddress };
        http.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        http.DefaultRequestHeaders.Add("X-Forwarded-For", "198.51.100.77");

        using HttpResponseMessage page = await http.GetAsync(new Uri("/account/inloggen", UriKind.Relative));
        string antiforgery = page.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("labor.antiforgery=", StringComparison.Ordinal));
        string token = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await page.Content.ReadAsStringAsync())
            .QuerySelector("main form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var form = new HttpRequestMessage(HttpMethod.Post, new Uri("/account/inloggen", UriKind.Relative))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["email"] = user.Email, ["password"] = user.Password, ["__RequestVerificationToken"] = token }),
        };
        form.Headers.Add("Cookie", antiforgery.Split(';')[0]);
        using HttpResponseMessage signedIn = await http.SendAsync(form);

        signedIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        string auth = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("labor.auth=", StringComparison.Ordinal));
        foreach ((string cookie, string sameSite) in new[] { (antiforgery, "samesite=strict"), (auth, "samesite=lax") })
        {
            string flags = cookie.ToLowerInvariant();
            flags.ShouldContain("secure");
            flags.ShouldContain("httponly");
            flags.ShouldContain(sameSite);
        }
    }

    [Fact]
    public async Task The_first_admin_comes_from_configuration()
    {
        using HttpClient http = host.CreateHttpClient();
        http.DefaultRequestHeaders.Add(LaborHost.RemoteAddressHeader, "198.51.100.9");

        Labor.Client.ILaborApi admin = await Labor.Client.LaborClient.SignInAsync(http, ProductionLikeHost.InitialAdmin, "set up by configuration only");

        (await admin.MeAsync()).Content!.Role.ShouldBe(Roles.Admin);
        (await admin.ListUsersAsync()).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private static async Task<HttpResponseMessage> ForgotFromAsync(HttpClient http, string address)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/account/forgot-password", UriKind.Relative))
        {
            Content = JsonContent.Create(new { email = "niemand@test.example" }),
        };
        request.Headers.Add(LaborHost.RemoteAddressHeader, address);
        return await http.SendAsync(request);
    }
}

using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Labor.BuildingBlocks.Security;
using Labor.Client;
using Labor.Testing;
using Xunit.Abstractions;

namespace Labor.IntegrationTests;

/// <summary>
/// Nobody can keep someone out by failing on purpose, or make a signed-in browser change data through the API from
/// another site (ADR 13). Whether answer times tell who has an account: <see cref="AnswerTimeTests"/>.
/// </summary>
public sealed class AccountProtectionTests(LaborHost host) : IClassFixture<LaborHost>
{
    private const string Password = "een lange zin als wachtwoord";

    [Fact]
    public async Task Wrong_passwords_hold_back_only_the_address_that_gave_them()
    {
        TestUser user = await host.UserAsync(Roles.Employer);
        using HttpClient http = host.CreateHttpClient();

        for (int attempt = 0; attempt < 5; attempt++)
        {
            (await SignInFromAsync(http, "198.51.100.10", user.Email, "dit is niet het wachtwoord")).ShouldBe(HttpStatusCode.Unauthorized);
        }

        (await SignInFromAsync(http, "198.51.100.10", user.Email, user.Password)).ShouldBe(HttpStatusCode.Unauthorized, "the guessing address is held back");
        (await SignInFromAsync(http, "203.0.113.20", user.Email, user.Password)).ShouldBe(HttpStatusCode.OK, "the owner, elsewhere, is not kept out");
        (await host.ScalarAsync<DateTimeOffset?>("SELECT lockout_end FROM accounts.users WHERE normalized_email = upper($1)", user.Email)).ShouldBeNull();
        (await host.TablesContainingAsync("198.51.100.10")).ShouldBeEmpty("the address is kept only as a hash");
    }

    [Fact]
    public async Task A_signed_in_browser_cannot_change_data_through_the_api_with_its_cookie()
    {
        TestUser employer = await host.UserAsync(Roles.Employer);
        Vacancy vacancy = (await employer.Api.CreateVacancyAsync(SampleVacancies.Forklift())).Content!;
        (await employer.Api.PublishVacancyAsync(vacancy.Id)).StatusCode.ShouldBe(HttpStatusCode.OK);
        using HttpClient browser = await host.CookieClientAsync(employer.Email, employer.Password);
        browser.DefaultRequestHeaders.Add("Origin", "https://elders.example");
        long vacanciesBefore = await host.ScalarAsync<long>("SELECT count(*) FROM vacancies.vacancies");

        using HttpResponseMessage close = await browser.PostAsync(new Uri($"/api/vacancies/{vacancy.Id}/close", UriKind.Relative), null);
        using var upload = new MultipartFormDataContent { { new StringContent("title\nHeftruck\n", Encoding.UTF8, "text/csv"), "file", "vacatures.csv" } };
        using HttpResponseMessage import = await browser.PostAsync(new Uri("/api/vacancies/import", UriKind.Relative), upload);

        close.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        import.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await employer.Api.GetVacancyAsync(vacancy.Id)).Content!.Status.ShouldBe("published", "the vacancy stays open");
        (await host.ScalarAsync<long>("SELECT count(*) FROM vacancies.vacancies")).ShouldBe(vacanciesBefore, "nothing was imported");
        (await browser.GetAsync(new Uri("/api/account/me", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK, "reading with the cookie still works");
    }

    [Fact]
    public async Task A_page_form_posted_from_another_site_without_its_token_is_refused_and_changes_nothing()
    {
        TestUser employer = await host.UserAsync(Roles.Employer);
        using HttpClient browser = await host.CookieClientAsync(employer.Email, employer.Password);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>());

        using HttpResponseMessage signOut = await browser.PostAsync(new Uri("/account/uitloggen", UriKind.Relative), form);

        signOut.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await browser.GetAsync(new Uri("/werkgever", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK, "still signed in");
    }

    private static async Task<HttpStatusCode> SignInFromAsync(HttpClient http, string address, string email, string password)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/account/token", UriKind.Relative))
        {
            Content = JsonContent.Create(new { email, password }),
        };
        request.Headers.Add("X-Forwarded-For", address);
        using HttpResponseMessage response = await http.SendAsync(request);
        return response.StatusCode;
    }
}

using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Labor.BuildingBlocks.Security;
using Labor.Client;
using Labor.IntegrationTests.Fuzz;
using Labor.Testing;

namespace Labor.IntegrationTests;

/// <summary>
/// The bad inputs of issue 18, one by one (the fuzz test finds them at random): text that PostgreSQL cannot store is
/// refused with 400 problem details at the edge, an upload over its limit with 413, and neither leaves a trace (ADR 14).
/// </summary>
public sealed class InputAtTheEdgeTests(FuzzHost host) : IClassFixture<FuzzHost>
{
    private static string Marker() => "edge" + Guid.NewGuid().ToString("N")[..10];

    [Fact]
    public async Task A_NUL_in_a_vacancy_title_is_refused()
    {
        TestUser employer = await host.UserAsync(Roles.Employer);
        string marker = Marker();

        using HttpResponseMessage response = await employer.Http.PostAsJsonAsync("/api/vacancies", SampleVacancies.Forklift($"{marker}\0 Heftruck"));

        await RefusedAsync(response, marker, "title");
    }

    [Fact]
    public async Task A_NUL_in_search_text_is_refused()
    {
        using HttpClient http = host.CreateHttpClient();

        using HttpResponseMessage response = await http.GetAsync(new Uri("/api/vacancies?q=heftruck%00", UriKind.Relative));

        await RefusedAsync(response, marker: null, "'q'");
    }

    [Fact]
    public async Task A_NUL_in_an_organisation_name_is_refused()
    {
        TestUser employer = await host.UserAsync(Roles.Employer);
        string marker = Marker();

        using HttpResponseMessage response = await employer.Http.PutAsJsonAsync("/api/vacancies/organisation", new OrganisationProfile(
            $"{marker}\0 BV", "12345678", "Straat 1", "8011 PK", "Zwolle", "Jan Jansen", "jan@test.example", "0612345678"));

        await RefusedAsync(response, marker, "name");
    }

    [Fact]
    public async Task A_NUL_in_an_email_address_at_sign_up_is_refused()
    {
        using HttpClient http = host.CreateHttpClient();
        string marker = Marker();

        using HttpResponseMessage response = await http.PostAsJsonAsync("/api/account/register", new SignUp($"{marker}\0@test.example", "a long passphrase of mine", "jobseeker"));

        await RefusedAsync(response, marker, "email");
    }

    [Fact]
    public async Task A_control_character_in_an_action_title_is_refused()
    {
        TestUser lead = await host.UserAsync(Roles.SectorLead);
        Guid table = (await lead.Api.SectorTablesAsync()).Content!.First(t => t.CanEdit).Id;
        string marker = Marker();

        using HttpResponseMessage response = await lead.Http.PostAsJsonAsync($"/api/sectortables/{table}/actions", SampleActions.Rising($"{marker}\0\u001b", 10, 20));

        await RefusedAsync(response, marker, "title");
    }

    [Fact]
    public async Task A_NUL_in_a_CSV_cell_refuses_the_import_naming_row_and_column()
    {
        TestUser employer = await host.UserAsync(Roles.Employer);
        string marker = Marker();
        string date = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(40).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        string csv = "title,description,occupation,essentialSkills,optionalSkills,minimumEducation,hoursMin,hoursMax,contractType,workplaceMode,postcode,municipality,validThrough,howToApply,status\n" +
                     $"{marker} Heftruck,Goed werk.,heftruckchauffeur,heftruck besturen,,mbo2,32,40,permanent,onsite,8011 PK,Zwolle,{date},Mail ons\0,draft\n";

        using HttpResponseMessage response = await UploadAsync(employer, Encoding.UTF8.GetBytes(csv));

        await RefusedAsync(response, marker, "howToApply");
        (await response.Content.ReadAsStringAsync()).ShouldContain("\"row\":2");
    }

    [Fact]
    public async Task An_upload_one_byte_over_5_MB_is_refused_with_413()
    {
        TestUser employer = await host.UserAsync(Roles.Employer);
        string marker = Marker();
        byte[] file = new byte[(5 * 1024 * 1024) + 1];
        Array.Fill(file, (byte)'x');
        Encoding.ASCII.GetBytes($"title\n{marker}").CopyTo(file, 0);

        using HttpResponseMessage response = await UploadAsync(employer, file);

        await RefusedAsync(response, marker, null, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task An_upload_far_over_the_limit_is_cut_off_by_the_server_with_413()
    {
        TestUser employer = await host.UserAsync(Roles.Employer);

        using HttpResponseMessage response = await UploadAsync(employer, new byte[6 * 1024 * 1024]);

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task The_API_answers_a_wrong_content_type_with_415_and_a_huge_address_with_414()
    {
        TestUser employer = await host.UserAsync(Roles.Employer);
        using var text = new StringContent("{}", Encoding.UTF8, "text/plain");

        using HttpResponseMessage wrongType = await employer.Http.PostAsync(new Uri("/api/vacancies", UriKind.Relative), text);
        using HttpResponseMessage tooLong = await employer.Http.GetAsync(new Uri("/api/vacancies?q=" + new string('x', 20_000), UriKind.Relative));

        wrongType.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
        wrongType.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        tooLong.StatusCode.ShouldBe(HttpStatusCode.RequestUriTooLong);
    }

    [Fact]
    public async Task A_NUL_in_a_page_form_shows_a_readable_error_page_and_stores_nothing()
    {
        using HttpClient http = host.CreateHttpClient(followRedirects: false);
        string marker = Marker();

        using HttpResponseMessage response = await LaborHost.PostFormAsync(http, "/account/registreren", new()
        {
            ["email"] = $"{marker}\0@test.example", ["password"] = "a long passphrase of mine", ["kind"] = "jobseeker",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        (await response.Content.ReadAsStringAsync()).ShouldContain("niet in tekst horen");
        (await host.TablesContainingAsync(marker)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_NUL_in_a_page_address_shows_the_error_page()
    {
        using HttpClient http = host.CreateHttpClient(followRedirects: false);

        using HttpResponseMessage response = await http.GetAsync(new Uri("/vacatures?q=%00", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain("niet in tekst horen");
    }

    [Fact]
    public async Task Tabs_and_line_breaks_are_ordinary_text()
    {
        TestUser employer = await host.UserAsync(Roles.Employer);

        using HttpResponseMessage response = await employer.Http.PostAsJsonAsync("/api/vacancies", SampleVacancies.Forklift("Heftruck\tchauffeur") with { Description = "Regel een.\r\nRegel twee." });

        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }

    private static async Task<HttpResponseMessage> UploadAsync(TestUser employer, byte[] file)
    {
        using var form = new MultipartFormDataContent();
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(part, "file", "vacatures.csv");
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/vacancies/import", UriKind.Relative)) { Content = form };
        // As HTTP intends for a large body: the server may refuse it before it is sent.
        request.Headers.ExpectContinue = true;
        return await employer.Http.SendAsync(request);
    }

    private async Task RefusedAsync(HttpResponseMessage response, string? marker, string? naming, HttpStatusCode status = HttpStatusCode.BadRequest)
    {
        string body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, body);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        if (naming is not null)
        {
            body.ShouldContain(naming);
        }

        if (marker is not null)
        {
            (await host.TablesContainingAsync(marker)).ShouldBeEmpty();
        }
    }
}

using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Labor.BuildingBlocks.Security;
using Labor.Testing;

namespace Labor.IntegrationTests;

public sealed class HostTests(LaborHost host) : IClassFixture<LaborHost>
{
    private readonly HttpClient _http = host.CreateHttpClient();

    [Fact]
    public async Task Liveness_and_readiness_report_the_real_dependencies()
    {
        (await _http.GetAsync(Relative("/health/live"))).StatusCode.ShouldBe(HttpStatusCode.OK);

        using HttpResponseMessage ready = await _http.GetAsync(Relative("/health/ready"));

        ready.StatusCode.ShouldBe(HttpStatusCode.OK);
        using JsonDocument report = JsonDocument.Parse(await ready.Content.ReadAsStringAsync());
        report.RootElement.GetProperty("checks").GetProperty("postgresql").GetString().ShouldBe("Healthy");
        report.RootElement.GetProperty("checks").GetProperty("rabbitmq").GetString().ShouldBe("Healthy");
    }

    [Fact]
    public async Task Each_module_has_its_own_migrated_schema()
    {
        foreach (string schema in new[] { "accounts", "vacancies", "jobseekers", "matching", "sectortables" })
        {
            (await host.ScalarAsync<long>("SELECT count(*) FROM information_schema.tables WHERE table_schema = $1 AND table_name = '__ef_migrations_history'", schema))
                .ShouldBe(1, $"schema {schema} has a migrations history");
            (await host.ScalarAsync<long>("SELECT count(*) FROM information_schema.tables WHERE table_schema = $1 AND table_name IN ('outbox_messages', 'inbox_messages')", schema))
                .ShouldBe(2, $"schema {schema} has an outbox and an inbox");
        }
    }

    [Fact]
    public async Task Hangfire_keeps_its_own_schema_and_each_module_registers_its_recurring_job()
    {
        string[] jobs = (await host.ScalarAsync<string>("SELECT string_agg(value, ',' ORDER BY value) FROM hangfire.set WHERE key = 'recurring-jobs'"))!.Split(',');

        jobs.ShouldBe(["accounts-forget-ended-sessions", "accounts-message-retention", "accounts-unconfirmed", "jobseekers-inactive", "jobseekers-message-retention", "jobseekers-place-postcodes", "matching-digests-daily", "matching-digests-weekly", "matching-message-retention", "matching-nightly", "matching-nightly-watch", "outcomes-message-retention", "outcomes-silent-trajectories", "sectortables-figure-snapshots", "sectortables-message-retention", "vacancies-expire", "vacancies-message-retention"]);
    }

    [Fact]
    public async Task The_hangfire_dashboard_is_for_admins_only()
    {
        using HttpResponseMessage anonymous = await _http.GetAsync(Relative("/hangfire"));
        ((int)anonymous.StatusCode).ShouldBe(401);
        (await anonymous.Content.ReadAsStringAsync()).ShouldNotContain("Recurring jobs");

        TestUser employer = await host.UserAsync(Roles.Employer);
        using HttpClient employerCookie = await host.CookieClientAsync(employer.Email, employer.Password);
        ((int)(await employerCookie.GetAsync(Relative("/hangfire"))).StatusCode).ShouldBe(403);

        TestUser admin = await host.UserAsync(Roles.Admin);
        using HttpClient adminCookie = await host.CookieClientAsync(admin.Email, admin.Password);
        using HttpResponseMessage dashboard = await adminCookie.GetAsync(Relative("/hangfire/recurring"));
        dashboard.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await dashboard.Content.ReadAsStringAsync()).ShouldContain("vacancies-message-retention");
    }

    [Fact]
    public async Task The_openapi_document_and_the_api_reference_are_served()
    {
        using JsonDocument openApi = JsonDocument.Parse(await _http.GetStringAsync(Relative("/openapi/v1.json")));
        openApi.RootElement.GetProperty("paths").TryGetProperty("/api/vacancies", out _).ShouldBeTrue();
        JsonElement editAction = openApi.RootElement.GetProperty("paths").GetProperty("/api/sectortables/{id}/actions/{actionId}").GetProperty("put");
        editAction.GetProperty("responses").EnumerateObject().Select(r => r.Name).ShouldBe(["200", "400", "403", "404", "409"], ignoreOrder: true,
            customMessage: "a client learns an edit can meet a colleague's change");

        using HttpResponseMessage scalar = await _http.GetAsync(Relative("/scalar/v1"));
        scalar.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await scalar.Content.ReadAsStringAsync()).ShouldContain("Labor API");
    }

    [Fact]
    public async Task An_unknown_api_route_is_problem_details_and_an_unknown_page_is_a_readable_page()
    {
        using HttpResponseMessage api = await _http.GetAsync(Relative("/api/does-not-exist"));
        api.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        api.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");

        using HttpResponseMessage page = await _http.GetAsync(Relative("/bestaat-niet"));
        page.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        page.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        var document = new HtmlParser().ParseDocument(await page.Content.ReadAsStringAsync());
        document.QuerySelector("main p")!.TextContent.ShouldBe("Deze pagina bestaat niet (meer).");
    }

    [Fact]
    public async Task Pages_are_dutch_by_default_and_english_on_request()
    {
        var parser = new HtmlParser();
        var dutch = parser.ParseDocument(await _http.GetStringAsync(Relative("/")));
        dutch.DocumentElement.GetAttribute("lang").ShouldBe("nl");
        dutch.QuerySelector("h1")!.TextContent.ShouldBe("Werk vinden en mensen vinden in Regio Zwolle");

        var english = parser.ParseDocument(await _http.GetStringAsync(Relative("/?culture=en")));
        english.DocumentElement.GetAttribute("lang").ShouldBe("en");
        english.QuerySelector("h1")!.TextContent.ShouldBe("Finding work and finding people in Regio Zwolle");
        english.QuerySelectorAll("nav a").Select(a => a.TextContent).ShouldContain("Vacancies");
    }

    private static Uri Relative(string path) => new(path, UriKind.Relative);
}

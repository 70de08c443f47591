using System.Globalization;
using System.Net;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Labor.BuildingBlocks.Security;
using Labor.Client;
using Labor.Testing;

namespace Labor.IntegrationTests;

/// <summary>A vacancy's public page /vacatures/{id}: readable, safe, described for search engines, and counted.</summary>
public sealed class VacancyPageTests(LaborHost host) : IClassFixture<LaborHost>
{
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    [Fact]
    public async Task A_published_vacancy_is_a_public_page()
    {
        Vacancy vacancy = await PublishAsync(await host.UserAsync(Roles.Employer), SampleVacancies.Forklift("Heftruckchauffeur vrieshal"));
        using HttpClient http = host.CreateHttpClient();

        using HttpResponseMessage response = await http.GetAsync(PageOf(vacancy.Id));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        IHtmlDocument page = Parse(await response.Content.ReadAsStringAsync());
        page.QuerySelector("main h1")!.TextContent.ShouldBe("Heftruckchauffeur vrieshal");
        page.QuerySelector("section.description strong")!.TextContent.ShouldBe("distributiecentrum");
        page.QuerySelectorAll("ul.skills li").Select(li => li.TextContent).ShouldContain("heftruck besturen");
    }

    [Fact]
    public async Task A_skill_without_a_dutch_label_is_shown_in_english_and_marked_as_such()
    {
        const string ManageMusicalStaff = "http://data.europa.eu/esco/skill/0005c151-5b5a-4a66-8aac-60e734beb1ab";
        Vacancy vacancy = await PublishAsync(await host.UserAsync(Roles.Employer), SampleVacancies.Forklift("Heftruckchauffeur concertzaal") with
        {
            Skills = [new(SampleVacancies.OperateForklift, true), new(ManageMusicalStaff, false)],
        });
        using HttpClient http = host.CreateHttpClient();

        IHtmlDocument page = Parse(await http.GetStringAsync(PageOf(vacancy.Id)));

        page.QuerySelector("ul.skills li span[lang=en]")!.TextContent.ShouldBe("manage musical staff");
        page.QuerySelectorAll("ul.skills li").Select(li => li.TextContent).ShouldBe(["heftruck besturen", "manage musical staff [EN] (pré)"]);
    }

    [Fact]
    public async Task The_job_posting_data_describes_the_vacancy_for_search_engines()
    {
        TestUser employer = await host.UserAsync(Roles.Employer);
        (await employer.Api.SaveOrganisationAsync(new OrganisationProfile(
            "Koelhuis IJsseldelta BV", "12345678", "Havenweg 1", "8011 PK", "Zwolle", "Ans de Vries", "ans@koelhuis.example", null))).StatusCode.ShouldBe(HttpStatusCode.OK);
        DateOnly summer = NextJulyFifteenth();
        Vacancy vacancy = await PublishAsync(employer, SampleVacancies.Forklift("Heftruckchauffeur koelhuis") with
        {
            HoursMin = 36, HoursMax = 40, ContractType = "temporary", ValidThrough = summer,
        });

        using JsonDocument jsonLd = await JsonLdAsync(vacancy.Id);

        JsonElement posting = jsonLd.RootElement;
        posting.GetProperty("@type").GetString().ShouldBe("JobPosting");
        posting.GetProperty("title").GetString().ShouldBe("Heftruckchauffeur koelhuis");
        posting.GetProperty("datePosted").GetString().ShouldBe(DutchDate(vacancy.PublishedAt!.Value).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        DateTimeOffset validThrough = DateTimeOffset.Parse(posting.GetProperty("validThrough").GetString()!, CultureInfo.InvariantCulture);
        DateTime endOfDay = summer.ToDateTime(new TimeOnly(23, 59, 59));
        validThrough.ShouldBe(new DateTimeOffset(endOfDay, Amsterdam.GetUtcOffset(endOfDay)), "the end of that day in the Netherlands, in summer time");
        posting.GetProperty("hiringOrganization").GetProperty("name").GetString().ShouldBe("Koelhuis IJsseldelta BV");
        JsonElement address = posting.GetProperty("jobLocation").GetProperty("address");
        address.GetProperty("postalCode").GetString().ShouldBe("8011 PK");
        address.GetProperty("addressLocality").GetString().ShouldBe("Zwolle");
        address.GetProperty("addressCountry").GetString().ShouldBe("NL");
        Strings(posting.GetProperty("employmentType")).ShouldBe(["FULL_TIME", "TEMPORARY"]);
        posting.GetProperty("workHours").GetString().ShouldBe("36-40 uur per week");
        Strings(posting.GetProperty("skills")).ShouldBe(["heftruck besturen", "laden en lossen", "orderpicken"]);
        posting.GetProperty("occupationalCategory").GetString()!.ShouldStartWith("8344 ");
        posting.GetProperty("educationRequirements").GetProperty("name").GetString().ShouldBe("mbo 2");
        posting.TryGetProperty("jobLocationType", out _).ShouldBeFalse("the work is on site");
        JsonElement salary = posting.GetProperty("baseSalary");
        salary.GetProperty("currency").GetString().ShouldBe("EUR");
        salary.GetProperty("value").GetProperty("minValue").GetDecimal().ShouldBe(2600m);
        salary.GetProperty("value").GetProperty("maxValue").GetDecimal().ShouldBe(3100m);
        salary.GetProperty("value").GetProperty("unitText").GetString().ShouldBe("MONTH");
    }

    [Fact]
    public async Task Remote_work_is_a_telecommute_posting_without_a_place()
    {
        Vacancy vacancy = await PublishAsync(await host.UserAsync(Roles.Employer), SampleVacancies.Forklift("Planner heftruckinzet") with
        {
            Workplace = new WorkplaceChoice("remote", null, null),
        });

        using JsonDocument jsonLd = await JsonLdAsync(vacancy.Id);

        jsonLd.RootElement.GetProperty("jobLocationType").GetString().ShouldBe("TELECOMMUTE");
        jsonLd.RootElement.TryGetProperty("jobLocation", out _).ShouldBeFalse();
    }

    [Fact]
    public async Task Text_that_closes_a_script_cannot_break_out_of_the_job_posting_data()
    {
        const string Breakout = "</script><script>alert(1)</script>";
        Vacancy vacancy = await PublishAsync(await host.UserAsync(Roles.Employer), SampleVacancies.Forklift($"Heftruckchauffeur {Breakout}") with
        {
            Description = $"<p>Typ nooit {WebUtility.HtmlEncode(Breakout)} in een formulier.</p>",
            HowToApply = $"Mail ons, maar niet {Breakout}",
        });
        using HttpClient http = host.CreateHttpClient();

        string html = await http.GetStringAsync(PageOf(vacancy.Id));

        IHtmlDocument page = Parse(html);
        page.Scripts.Length.ShouldBe(1, "the job posting data is the page's only script");
        page.Scripts[0].Type.ShouldBe("application/ld+json");
        using JsonDocument jsonLd = JsonDocument.Parse(page.Scripts[0].Text);
        jsonLd.RootElement.GetProperty("title").GetString().ShouldBe($"Heftruckchauffeur {Breakout}");
        html.ShouldNotContain(Breakout);
        page.QuerySelector("main h1")!.TextContent.ShouldBe($"Heftruckchauffeur {Breakout}", "shown as text");
        page.QuerySelector("section.description")!.TextContent.ShouldContain(Breakout);
    }

    [Fact]
    public async Task The_rendered_description_keeps_no_script_handler_or_script_link()
    {
        Vacancy vacancy = await PublishAsync(await host.UserAsync(Roles.Employer), SampleVacancies.Forklift("Heftruckchauffeur overslag") with
        {
            Description = """
                <p onclick="steal()" onmouseover="steal()">Goed <b>werk</b> bij ons.</p>
                <script>alert(1)</script>
                <a href="javascript:alert(2)">klik</a> <a href=" JaVaScRiPt:alert(3)">ook</a> <a href="https://voorbeeld.example/">meer</a>
                <img src="x" onerror="alert(4)"><svg onload="alert(5)"></svg><iframe src="https://evil.example"></iframe>
                """,
        });
        using HttpClient http = host.CreateHttpClient();

        IHtmlDocument page = Parse(await http.GetStringAsync(PageOf(vacancy.Id)));

        IElement description = page.QuerySelector("section.description")!;
        description.TextContent.ShouldContain("Goed werk bij ons.");
        description.QuerySelectorAll("script, img, svg, iframe").ShouldBeEmpty();
        description.QuerySelectorAll("*").SelectMany(e => e.Attributes).Select(a => a.Name)
            .ShouldNotContain(name => name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
        description.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!.Trim())
            .ShouldAllBe(href => !href.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase));
        description.QuerySelector("a[href='https://voorbeeld.example/']").ShouldNotBeNull("a safe link stays");
        page.Scripts.Length.ShouldBe(1);
    }

    [Fact]
    public async Task A_draft_page_is_for_its_own_employers_only()
    {
        TestUser owner = await host.UserAsync(Roles.Employer);
        TestUser other = await host.UserAsync(Roles.Employer);
        Vacancy draft = (await owner.Api.CreateVacancyAsync(SampleVacancies.Forklift("Heftruckchauffeur in voorbereiding") with { Draft = true })).Content!;
        using HttpClient anonymous = host.CreateHttpClient();
        using HttpClient otherBrowser = await host.CookieClientAsync(other.Email, other.Password);
        using HttpClient ownerBrowser = await host.CookieClientAsync(owner.Email, owner.Password);

        (await anonymous.GetAsync(PageOf(draft.Id))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await otherBrowser.GetAsync(PageOf(draft.Id))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await anonymous.GetAsync(PageOf(Guid.NewGuid()))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        using HttpResponseMessage own = await ownerBrowser.GetAsync(PageOf(draft.Id));
        own.StatusCode.ShouldBe(HttpStatusCode.OK);
        Parse(await own.Content.ReadAsStringAsync()).QuerySelector("main h1")!.TextContent.ShouldBe("Heftruckchauffeur in voorbereiding");
    }

    [Fact]
    public async Task A_closed_vacancy_page_is_gone_for_the_public()
    {
        TestUser employer = await host.UserAsync(Roles.Employer);
        Vacancy vacancy = await PublishAsync(employer, SampleVacancies.Forklift("Heftruckchauffeur vervuld"));
        (await employer.Api.CloseVacancyAsync(vacancy.Id, new CloseVacancy("filled"))).StatusCode.ShouldBe(HttpStatusCode.OK);
        using HttpClient http = host.CreateHttpClient();

        (await http.GetAsync(PageOf(vacancy.Id))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Each_public_view_counts_but_the_employers_own_do_not()
    {
        TestUser employer = await host.UserAsync(Roles.Employer);
        Vacancy vacancy = await PublishAsync(employer, SampleVacancies.Forklift("Heftruckchauffeur bekeken"));
        using HttpClient visitor = host.CreateHttpClient();
        using HttpClient ownBrowser = await host.CookieClientAsync(employer.Email, employer.Password);
        (await ViewsAsync(employer, vacancy.Id)).ShouldBe(0);

        (await visitor.GetAsync(PageOf(vacancy.Id))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await visitor.GetAsync(PageOf(vacancy.Id))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ownBrowser.GetAsync(PageOf(vacancy.Id))).StatusCode.ShouldBe(HttpStatusCode.OK);

        await Eventually.TrueAsync(async () => await ViewsAsync(employer, vacancy.Id) == 2, TimeSpan.FromSeconds(10), "two public views counted");
        (await ViewsAsync(employer, vacancy.Id)).ShouldBe(2, "the employer's own look is not a view");
    }

    private static Uri PageOf(Guid id) => new($"/vacatures/{id}", UriKind.Relative);

    private static IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    private static string[] Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString()!)];

    private static DateOnly DutchDate(DateTimeOffset moment) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(moment, Amsterdam).DateTime);

    /// <summary>A date in Dutch summer time, always within the year ahead a vacancy may run.</summary>
    private static DateOnly NextJulyFifteenth()
    {
        DateOnly today = DutchDate(DateTimeOffset.UtcNow);
        var july = new DateOnly(today.Year, 7, 15);
        return july > today ? july : july.AddYears(1);
    }

    private static async Task<Vacancy> PublishAsync(TestUser employer, VacancyDraft draft)
    {
        var response = await employer.Api.CreateVacancyAsync(draft);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, (response.Error as Refit.ApiException)?.Content);
        return response.Content!;
    }

    private async Task<JsonDocument> JsonLdAsync(Guid id)
    {
        using HttpClient http = host.CreateHttpClient();
        IHtmlDocument page = Parse(await http.GetStringAsync(PageOf(id)));
        IHtmlScriptElement script = page.Scripts.Single(s => s.Type == "application/ld+json");
        return JsonDocument.Parse(script.Text);
    }

    private static async Task<int> ViewsAsync(TestUser employer, Guid id) =>
        (await employer.Api.MyVacanciesAsync()).Single(v => v.Id == id).Views;
}

using System.Net;
using System.Web;
using Labor.BuildingBlocks.Security;
using Labor.Client;
using Labor.Testing;
using Refit;

namespace Labor.IntegrationTests;

/// <summary>The sector tables over the API: the nine seeded, plans and actions kept by their own leads, live figures.</summary>
public sealed class SectorTableTests(LaborHost host) : IClassFixture<LaborHost>
{
    private static readonly string[] Nine =
    [
        "Agri & Food", "Bouw", "Creatieve industrie", "E-commerce & IT", "Onderwijs", "Techniek & Energietransitie",
        "Transport & Logistiek", "Vrijetijdseconomie", "Zorg & Welzijn",
    ];

    [Fact]
    public async Task The_nine_tables_are_there_and_an_admin_adds_a_tenth_once()
    {
        TestUser staff = await host.UserAsync(Roles.ProgrammeStaff);
        IReadOnlyList<SectorTableSummary> tables = (await staff.Api.SectorTablesAsync()).Content!;
        tables.Select(t => t.Name).ShouldBe(Nine, ignoreOrder: true);
        tables.ShouldAllBe(t => t.PlanStatus == "concept");

        TestUser admin = await host.UserAsync(Roles.Admin);
        (await admin.Api.AddSectorTableAsync(new NewSectorTable("Financiële dienstverlening", "Financial services"))).StatusCode.ShouldBe(HttpStatusCode.Created);
        IApiResponse twice = await admin.Api.AddSectorTableAsync(new NewSectorTable("Financiële dienstverlening", null));
        twice.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        ((ApiException)twice.Error!).Content!.ShouldContain("\"name\"");
        IReadOnlyList<SectorTableSummary> ten = (await staff.Api.SectorTablesAsync()).Content!;
        ten.Count(t => t.Name == "Financiële dienstverlening").ShouldBe(1);
        (await staff.Api.SectorTableAsync(ten.Single(t => t.Name == "Financiële dienstverlening").Id)).Content!.Classifies
            .ShouldBeFalse("vacancies and profiles name sectors from the shared vocabulary's nine (ADR 11)");
        (await staff.Api.SectorTableAsync(ten.Single(t => t.Name == "Bouw").Id)).Content!.Classifies.ShouldBeTrue();
        (await staff.Api.AddSectorTableAsync(new NewSectorTable("Nog een tafel", null))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task An_admin_seats_a_new_kartrekker_who_is_invited_and_can_edit_only_while_seated()
    {
        TestUser admin = await host.UserAsync(Roles.Admin);
        Guid table = (await admin.Api.SectorTablesAsync()).Content!.Single(t => t.Name == "Agri & Food").Id;
        string email = $"kartrekker-{Guid.NewGuid():N}@test.example";

        SeatedPerson seated = (await admin.Api.SeatPersonAsync(table, new PersonDraft(email, "kartrekker"))).Content!;
        seated.Invited.ShouldBeTrue();
        seated.Person.Function.ShouldBe("kartrekker");
        ReceivedMail invitation = (await host.Mailbox.WaitForAsync(email)).Single();
        invitation.Subject.ShouldBe("U bent uitgenodigd voor Labor");
        var query = HttpUtility.ParseQueryString(new Uri(new Uri("http://x"), invitation.LinkTo("/account/wachtwoord-herstellen")).Query);
        (await host.Api().ResetPasswordAsync(new ResetPassword(Guid.Parse(query["user"]!), query["code"], LaborHost.TestPassword))).StatusCode.ShouldBe(HttpStatusCode.OK);
        ILaborApi lead = await LaborClient.SignInAsync(host.CreateHttpClient(), email, LaborHost.TestPassword);

        (await lead.MeAsync()).Content!.Role.ShouldBe(Roles.SectorLead);
        (await lead.SectorTablesAsync()).Content!.Where(t => t.CanEdit).Select(t => t.Name).ShouldBe(["Agri & Food"]);
        (await lead.AddActionAsync(table, SampleActions.Rising("Van kas naar kantine", 5, 25))).StatusCode.ShouldBe(HttpStatusCode.Created);
        SectorTableDetails details = (await admin.Api.SectorTableAsync(table)).Content!;
        details.People.Single().AccountId.ShouldBe(seated.Person.AccountId);
        details.Emails[seated.Person.AccountId].ShouldBe(email);

        (await admin.Api.UnseatPersonAsync(table, seated.Person.AccountId)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await lead.AddActionAsync(table, SampleActions.Rising("Na vertrek", 1, 2))).StatusCode.ShouldBe(HttpStatusCode.Forbidden, "at once, without signing in again");
        (await admin.Api.SectorTableAsync(table)).Content!.Actions.Count.ShouldBe(1, "nothing stored");
        (await admin.Api.UnseatPersonAsync(table, seated.Person.AccountId)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_table_seats_at_most_three_kartrekkers_and_one_projectleider_and_only_sector_leads()
    {
        TestUser admin = await host.UserAsync(Roles.Admin);
        Guid table = (await admin.Api.SectorTablesAsync()).Content!.Single(t => t.Name == "Vrijetijdseconomie").Id;
        TestUser employer = await host.UserAsync(Roles.Employer);
        await ShouldBeRefusedAsync(admin.Api.SeatPersonAsync(table, new PersonDraft(employer.Email, "kartrekker")), "email");
        string first = $"kartrekker1-{Guid.NewGuid():N}@test.example";
        foreach (string kartrekker in new[] { first, $"kartrekker2-{Guid.NewGuid():N}@test.example", $"kartrekker3-{Guid.NewGuid():N}@test.example" })
        {
            (await admin.Api.SeatPersonAsync(table, new PersonDraft(kartrekker, "kartrekker"))).StatusCode.ShouldBe(HttpStatusCode.Created);
        }

        SeatedPerson again = (await admin.Api.SeatPersonAsync(table, new PersonDraft(first, "kartrekker"))).Content!;
        again.Invited.ShouldBeFalse("seated already: nothing changes, no second invitation");

        (await admin.Api.SeatPersonAsync(table, new PersonDraft($"leider-{Guid.NewGuid():N}@test.example", "projectleider", "en"))).StatusCode.ShouldBe(HttpStatusCode.Created);
        string fourth = $"kartrekker4-{Guid.NewGuid():N}@test.example";
        await ShouldBeRefusedAsync(admin.Api.SeatPersonAsync(table, new PersonDraft(fourth, "kartrekker")), "function");
        await ShouldBeRefusedAsync(admin.Api.SeatPersonAsync(table, new PersonDraft($"leider2-{Guid.NewGuid():N}@test.example", "projectleider")), "function");
        await ShouldBeRefusedAsync(admin.Api.SeatPersonAsync(table, new PersonDraft($"x-{Guid.NewGuid():N}@test.example", "voorzitter")), "function");
        await ShouldBeRefusedAsync(admin.Api.SeatPersonAsync(table, new PersonDraft("geen-adres", "kartrekker")), "email");

        SectorTableDetails details = (await admin.Api.SectorTableAsync(table)).Content!;
        details.People.Count(p => p.Function == "kartrekker").ShouldBe(3);
        details.People.Count(p => p.Function == "projectleider").ShouldBe(1);
        (await admin.Api.ListUsersAsync()).Content!.ShouldNotContain(u => u.Email == fourth, "a refused seat makes no account");
        (await admin.Api.SeatPersonAsync(Guid.NewGuid(), new PersonDraft(fourth, "kartrekker"))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await employer.Api.SeatPersonAsync(table, new PersonDraft(fourth, "kartrekker"))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task On_the_pages_only_an_admin_seats_or_removes_people_and_adds_a_table()
    {
        (TestUser lead, Guid table) = await LeadOfAsync("Onderwijs");
        HttpClient page = await host.CookieClientAsync(lead.Email, lead.Password);
        Guid me = (await lead.Api.MeAsync()).Content!.Id;
        IReadOnlyList<TablePerson> before = (await lead.Api.SectorTableAsync(table)).Content!.People;

        using HttpResponseMessage seat = await LaborHost.PostFormAsync(page, $"/sectortafels/{table}?handler=Seat",
            new() { ["email"] = $"stiekem-{Guid.NewGuid():N}@test.example", ["function"] = "projectleider" });
        using HttpResponseMessage unseat = await LaborHost.PostFormAsync(page, $"/sectortafels/{table}?handler=Unseat", new() { ["accountId"] = me.ToString() });
        using HttpResponseMessage add = await PostWithTokenOfAsync(page, $"/sectortafels/{table}", "/sectortafels", new() { ["name"] = "Eigen tafel" });

        foreach (HttpResponseMessage refused in new[] { seat, unseat, add })
        {
            refused.Headers.Location!.ToString().ShouldContain("/account/geen-toegang", customMessage: "the access-denied page");
        }

        SectorTableDetails details = (await lead.Api.SectorTableAsync(table)).Content!;
        details.People.ShouldBe(before, "nothing changed");
        details.People.ShouldContain(p => p.AccountId == me);
        (await lead.Api.SectorTablesAsync()).Content!.ShouldNotContain(t => t.Name == "Eigen tafel");
    }

    [Fact]
    public async Task A_lead_moves_the_plan_step_by_step_with_every_step_dated_and_attributed()
    {
        (TestUser lead, Guid table) = await LeadOfAsync("Bouw");

        (await lead.Api.MovePlanAsync(table, new PlanMove("ter-accordering", "Eerste versie"))).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await lead.Api.MovePlanAsync(table, new PlanMove("geaccordeerd", null))).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        IApiResponse skipped = await lead.Api.MovePlanAsync(table, new PlanMove("afgerond", null));
        skipped.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        ((ApiException)skipped.Error!).Content!.ShouldContain("\"status\"");
        (await lead.Api.MovePlanAsync(table, new PlanMove("klaar", null))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        SectorTableDetails details = (await lead.Api.SectorTableAsync(table)).Content!;
        details.PlanStatus.ShouldBe("geaccordeerd");
        details.ApprovedAt.ShouldNotBeNull();
        details.PlanHistory.Select(s => (s.From, s.To)).ShouldBe([("concept", "ter-accordering"), ("ter-accordering", "geaccordeerd")]);
        details.PlanHistory[0].Note.ShouldBe("Eerste versie");
        Guid leadId = (await lead.Api.MeAsync()).Content!.Id;
        details.PlanHistory.ShouldAllBe(s => s.By == leadId && s.At > DateTimeOffset.UtcNow.AddMinutes(-5));
        details.CanEdit.ShouldBeTrue();
    }

    [Fact]
    public async Task Actions_and_progress_are_kept_with_their_history_and_bad_input_stores_nothing()
    {
        (TestUser lead, Guid table) = await LeadOfAsync("Zorg & Welzijn");
        ActionDraft draft = SampleActions.Rising("Zij-instromers in de zorg", baseline: 40, target: 120);

        IApiResponse rising = await lead.Api.AddActionAsync(table, draft with { Target = 20 });
        rising.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        ((ApiException)rising.Error!).Content!.ShouldContain("target must be above the baseline");
        (await lead.Api.AddActionAsync(table, draft with { PeriodEnd = new DateOnly(2020, 1, 1) })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await lead.Api.AddActionAsync(table, draft with { LiveFigure = "page-views" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await lead.Api.SectorTableAsync(table)).Content!.Actions.ShouldBeEmpty("nothing stored");

        SectorAction action = (await lead.Api.AddActionAsync(table, draft)).Content!;
        (await lead.Api.AddActionAsync(table, SampleActions.Rising("Minder verzuim", baseline: 8, target: 5) with { Direction = "fall" })).StatusCode.ShouldBe(HttpStatusCode.Created);
        DateOnly today = DateOnly.FromDateTime(DateTime.UtcNow);
        IApiResponse future = await lead.Api.RecordProgressAsync(table, action.Id, new ProgressDraft(today.AddDays(2), 60, null));
        future.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        ((ApiException)future.Error!).Content!.ShouldContain("\"date\"");
        (await lead.Api.RecordProgressAsync(table, action.Id, new ProgressDraft(today.AddDays(-30), 60, "Eerste cohort"))).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await lead.Api.RecordProgressAsync(table, action.Id, new ProgressDraft(today, 80, "Tweede cohort"))).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await lead.Api.EditActionAsync(table, action.Id, draft with { Target = 140, Status = "lopend" })).StatusCode.ShouldBe(HttpStatusCode.OK);

        SectorAction kept = (await lead.Api.SectorTableAsync(table)).Content!.Actions.Single(a => a.Id == action.Id);
        kept.Progress.Select(p => p.Value).ShouldBe([60m, 80m], "appended, never overwritten");
        kept.Current.ShouldBe(80);
        kept.PercentDone.ShouldBe(40, "(80 - 40) / (140 - 40)");
        kept.Changes.Select(c => c.Summary).ShouldBe(["created", "target: 120 → 140; status: gepland → lopend"]);
        HttpClient page = await host.CookieClientAsync(lead.Email, lead.Password);
        WebUtility.HtmlDecode(await page.GetStringAsync(new Uri($"/sectortafels/{table}", UriKind.Relative))).ShouldContain("Doel: 120 → 140; Status: gepland → lopend", customMessage: "field names in Dutch on the page");
        (await lead.Api.SectorTablesAsync()).Content!.Single(t => t.Id == table).Actions.ShouldBe(2);
    }

    [Fact]
    public async Task A_lead_changes_nothing_of_another_table()
    {
        (TestUser owner, Guid bouw) = await LeadOfAsync("Bouw");
        SectorAction action = (await owner.Api.AddActionAsync(bouw, SampleActions.Rising("Vakmensen werven", 10, 50))).Content!;
        (TestUser other, _) = await LeadOfAsync("Onderwijs");

        (await other.Api.MovePlanAsync(bouw, new PlanMove("ter-accordering", null))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await other.Api.AddActionAsync(bouw, SampleActions.Rising("Niet van mij", 1, 2))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await other.Api.EditActionAsync(bouw, action.Id, SampleActions.Rising("Gekaapt", 1, 2))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await other.Api.RecordProgressAsync(bouw, action.Id, new ProgressDraft(DateOnly.FromDateTime(DateTime.UtcNow), 30, null))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        SectorTableDetails seen = (await other.Api.SectorTableAsync(bouw)).Content!;
        seen.CanEdit.ShouldBeFalse("other leads read it, as ADR 11 decides");
        SectorAction unchanged = seen.Actions.Single(a => a.Id == action.Id);
        unchanged.Action.Title.ShouldBe("Vakmensen werven");
        unchanged.Progress.ShouldBeEmpty();
        TestUser employer = await host.UserAsync(Roles.Employer);
        (await employer.Api.SectorTablesAsync()).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Live_figures_follow_the_platform_and_an_action_can_follow_one()
    {
        (TestUser lead, Guid table) = await LeadOfAsync("Transport & Logistiek");
        TestUser employer = await host.UserAsync(Roles.Employer);
        await employer.Api.CreateVacancyAsync(SampleVacancies.Forklift("Chauffeur nachtdienst"));
        int before = await Eventually.ReturnsAsync(async () => (await lead.Api.SectorTableAsync(table)).Content!.Figures["open-vacancies"],
            count => count >= 1, TimeSpan.FromSeconds(30), "the first vacancy counted");
        SectorAction action = (await lead.Api.AddActionAsync(table, SampleActions.Rising("Meer vacatures zichtbaar", 0, 10) with { LiveFigure = "open-vacancies" })).Content!;
        action.Current.ShouldBe(before, "the answer to adding it reads the live figure, not the baseline");

        await employer.Api.CreateVacancyAsync(SampleVacancies.Forklift("Chauffeur distributie"));

        SectorTableDetails details = await Eventually.ReturnsAsync(async () => (await lead.Api.SectorTableAsync(table)).Content!,
            d => d.Figures["open-vacancies"] == before + 1, TimeSpan.FromSeconds(30), "the new vacancy counted");
        details.Figures["new-vacancies-this-month"].ShouldBeGreaterThanOrEqualTo(1);
        details.Actions.Single(a => a.Id == action.Id).Current.ShouldBe(before + 1, "the indicator follows the live figure");

        IReadOnlyList<SectorTableSummary> overview = (await lead.Api.SectorTablesAsync()).Content!;
        SectorTableSummary summary = overview.Single(t => t.Id == table);
        summary.Figures.ShouldBe(details.Figures, "the overview counts all tables' figures at once, to the same result");
        summary.Progress.ShouldBe(details.Actions.Single(a => a.Id == action.Id).PercentDone);
        string[] csv = (await lead.Http.GetStringAsync(new Uri("/api/sectortables/figures.csv", UriKind.Relative))).Split("\r\n");
        csv[0].ShouldBe("sector_table,open-vacancies,new-vacancies-this-month,interested-jobseekers,matches,intersectoral-into,intersectoral-out-of,digests-this-month,placements-into-this-year,placements-out-of-this-year,intersectoral-placements-this-year");
        csv.ShouldContain($"Transport & Logistiek,{before + 1},{details.Figures["new-vacancies-this-month"]},{details.Figures["interested-jobseekers"]},{details.Figures["matches"]},{details.Figures["intersectoral-into"]},{details.Figures["intersectoral-out-of"]},{details.Figures["digests-this-month"]},0,0,0");
        csv.Count(line => line.Length > 0).ShouldBe(1 + overview.Count, "a header and a line per table");

        int interested = details.Figures["interested-jobseekers"];
        TestUser jobseeker = await host.UserAsync(Roles.Jobseeker);
        await jobseeker.Api.SaveMyProfileAsync(SampleProfiles.Warehouse("Wim Warehouse")); // interested in Transport & Logistiek
        await Eventually.ReturnsAsync(async () => (await lead.Api.SectorTableAsync(table)).Content!.Figures["interested-jobseekers"],
            count => count == interested + 1, TimeSpan.FromSeconds(30), "the interested jobseeker counted");
    }

    [Fact]
    public async Task The_region_dashboard_counts_registered_jobseekers_per_month_and_municipality_and_exports_csv()
    {
        TestUser staff = await host.UserAsync(Roles.ProgrammeStaff);
        TestUser jobseeker = await host.UserAsync(Roles.Jobseeker);
        await jobseeker.Api.SaveMyProfileAsync(SampleProfiles.Warehouse("Dirk Dashboard"));
        string month = DateTime.UtcNow.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);

        string csv = await Eventually.ReturnsAsync(() => staff.Http.GetStringAsync(new Uri("/api/region/dashboard/municipalities.csv", UriKind.Relative)),
            text => text.Contains("\r\nKampen,", StringComparison.Ordinal), TimeSpan.FromSeconds(30), "the jobseeker counted in Kampen");
        csv.ShouldStartWith("municipality,reached,work_to_work,unemployed_to_work\r\n");
        string months = await staff.Http.GetStringAsync(new Uri("/api/region/dashboard/months.csv", UriKind.Relative));
        months.Split("\r\n").ShouldContain(line => line.StartsWith(month + ",", StringComparison.Ordinal));
        string targets = await staff.Http.GetStringAsync(new Uri("/api/region/dashboard/targets.csv", UriKind.Relative));
        targets.ShouldContain("reached,");
        targets.ShouldContain(",37000,");

        using HttpResponseMessage page = await staff.Http.GetAsync(new Uri("/programma/dashboard", UriKind.Relative));
        (await page.Content.ReadAsStringAsync()).ShouldContain("Van werk naar werk");
        (await staff.Http.GetAsync(new Uri("/api/region/dashboard/people.csv", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await jobseeker.Http.GetAsync(new Uri("/api/region/dashboard/months.csv", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    private static async Task ShouldBeRefusedAsync(Task<IApiResponse<SeatedPerson>> seating, string field)
    {
        IApiResponse<SeatedPerson> refused = await seating;
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        ((ApiException)refused.Error!).Content!.ShouldContain($"\"{field}\"");
    }

    /// <summary>A lead's overview has no form to take a token from; the token of their table's page serves the whole session.</summary>
    private static async Task<HttpResponseMessage> PostWithTokenOfAsync(HttpClient http, string formPage, string path, Dictionary<string, string> fields)
    {
        string html = await http.GetStringAsync(new Uri(formPage, UriKind.Relative));
        fields["__RequestVerificationToken"] = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html)
            .QuerySelector("main form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var form = new FormUrlEncodedContent(fields);
        return await http.PostAsync(new Uri(path, UriKind.Relative), form);
    }

    private async Task<(TestUser Lead, Guid Table)> LeadOfAsync(string table)
    {
        TestUser lead = await host.UserAsync(Roles.SectorLead, sectorTable: table);
        Guid id = (await lead.Api.SectorTablesAsync()).Content!.Single(t => t.Name == table).Id;
        return (lead, id);
    }
}

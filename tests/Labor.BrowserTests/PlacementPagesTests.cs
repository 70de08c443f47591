using Labor.BuildingBlocks.Security;
using Labor.Client;
using Labor.Testing;
using OpenQA.Selenium;

namespace Labor.BrowserTests;

/// <summary>
/// An employer records a hire from the candidates page and the sector table's figure moves; a person reports work
/// found elsewhere on their own page (issue 20).
/// </summary>
public sealed class PlacementPagesTests : IClassFixture<LaborHost>, IClassFixture<Browser>
{
    private static readonly TimeSpan Seconds = TimeSpan.FromSeconds(30);

    private readonly LaborHost host;
    private readonly Browser browser;

    public PlacementPagesTests(LaborHost host, Browser browser)
    {
        this.host = host;
        this.browser = browser;
        browser.StartAsNewVisitor(host.BaseAddress);
    }

    private static string Today => DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private void SetDate(IWebElement input, string value) =>
        ((IJavaScriptExecutor)browser.Driver).ExecuteScript("arguments[0].value = arguments[1];", input, value);

    [Fact]
    public async Task An_employer_marks_a_candidate_hired_and_the_sector_tables_figure_moves()
    {
        TestUser employer = await host.UserAsync(Roles.Employer);
        TestUser jobseeker = await host.UserAsync(Roles.Jobseeker);
        TestUser lead = await host.UserAsync(Roles.SectorLead, sectorTable: "Transport & Logistiek");
        Vacancy vacancy = (await employer.Api.CreateVacancyAsync(SampleVacancies.Forklift("Orderpicker vaste dienst") with { HoursMin = 24, HoursMax = 32 })).Content!;
        Guid personId = (await jobseeker.Api.SaveMyProfileAsync(SampleProfiles.Warehouse("Aangenomen Persoon"))).Content!.Id;
        await jobseeker.Api.SetMyConsentAsync(new Consent(true));
        await Eventually.TrueAsync(async () => ((await employer.Api.CandidatesAsync(vacancy.Id)).Content ?? []).Any(c => c.JobseekerId == personId), Seconds, "a candidate");
        await Eventually.TrueAsync(async () => await host.ScalarAsync<long>("SELECT count(*) FROM outcomes.vacancies WHERE vacancy_id = $1", vacancy.Id) == 1,
            Seconds, "the vacancy known to outcomes");
        IWebDriver page = browser.Driver;
        browser.SignIn(host.BaseAddress, lead.Email, lead.Password);
        page.Navigate().GoToUrl(new Uri(host.BaseAddress, "/sectortafels"));
        string transport = (await lead.Api.SectorTablesAsync()).Content!.Single(t => t.Name == "Transport & Logistiek").Id.ToString();
        int before = int.Parse(browser.WaitFor(By.CssSelector($"tr[data-id='{transport}'] td[data-figure='placements-into-this-year']")).Text, System.Globalization.CultureInfo.InvariantCulture);

        browser.StartAsNewVisitor(host.BaseAddress);
        browser.SignIn(host.BaseAddress, employer.Email, employer.Password);
        page.Navigate().GoToUrl(new Uri(host.BaseAddress, $"/werkgever/vacature/{vacancy.Id}/kandidaten"));
        browser.WaitFor(By.CssSelector($"#candidate-{personId} a.button")).Click();
        browser.WaitFor(By.TagName("h1")).Text.ShouldBe("Aangenomen Persoon aangenomen voor Orderpicker vaste dienst");
        SetDate(page.FindElement(By.Id("startDate")), Today);
        page.FindElement(By.CssSelector("#hire-form button[type=submit]")).Click();

        IWebElement hire = browser.WaitFor(By.CssSelector("#hires tbody tr"));
        hire.Text.ShouldContain("Aangenomen Persoon");
        hire.Text.ShouldContain("Orderpicker vaste dienst");
        page.Navigate().GoToUrl(new Uri(host.BaseAddress, $"/werkgever/vacature/{vacancy.Id}/kandidaten"));
        browser.WaitForText(By.CssSelector($"#candidate-{personId} .verdict-state"), "U heeft deze kandidaat aangenomen.");

        browser.StartAsNewVisitor(host.BaseAddress);
        browser.SignIn(host.BaseAddress, lead.Email, lead.Password);
        await Eventually.TrueAsync(() =>
        {
            page.Navigate().GoToUrl(new Uri(host.BaseAddress, "/sectortafels"));
            return Task.FromResult(browser.WaitFor(By.CssSelector($"tr[data-id='{transport}'] td[data-figure='placements-into-this-year']")).Text == (before + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }, Seconds, "the overview's figure counting the hire");

        TestUser staff = await host.UserAsync(Roles.ProgrammeStaff);
        browser.StartAsNewVisitor(host.BaseAddress);
        browser.SignIn(host.BaseAddress, staff.Email, staff.Password);
        page.Navigate().GoToUrl(new Uri(host.BaseAddress, "/programma/dashboard"));
        int.Parse(browser.WaitFor(By.Id("placements-all")).Text, System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThanOrEqualTo(1);
        page.FindElement(By.CssSelector("#placements-municipalities tbody")).Text.ShouldContain("Kampen", Case.Sensitive, "where the person lives (postcode 8261)");
        int.Parse(page.FindElement(By.CssSelector("#trajectories tr[data-kind='werk-naar-werk'] td.started")).Text, System.Globalization.CultureInfo.InvariantCulture)
            .ShouldBeGreaterThanOrEqualTo(1, "the hire is a trajectory of one step, from work");
    }

    [Fact]
    public async Task A_person_reports_work_found_elsewhere_and_sees_it_listed()
    {
        TestUser jobseeker = await host.UserAsync(Roles.Jobseeker);
        await jobseeker.Api.SaveMyProfileAsync(SampleProfiles.Warehouse("Zelf Gevonden"));
        IWebDriver page = browser.Driver;
        browser.SignIn(host.BaseAddress, jobseeker.Email, jobseeker.Password);
        page.FindElement(By.LinkText("Mijn werk")).Click();

        page.FindElement(By.Id("occupation")).SendKeys("heftruckchauffeur");
        page.FindElement(By.CssSelector("#sectorTable option[value='Bouw']")).Click();
        SetDate(page.FindElement(By.Id("startDate")), Today);
        page.FindElement(By.Id("hoursPerWeek")).SendKeys("32");
        page.FindElement(By.CssSelector("#new-work-form button[type=submit]")).Click();

        browser.WaitFor(By.Id("reported")).Text.ShouldBe("Dank u! Uw nieuwe werk is opgeslagen.");
        string listed = page.FindElement(By.CssSelector("ul.placements li")).Text;
        listed.ShouldContain("32 uur per week");
        listed.ShouldContain("Bouw");
        listed.ShouldContain("in een andere sector dan waar u vandaan kwam");
        (await jobseeker.Api.MyPlacementsAsync()).Content!.Single().ReportedBy.ShouldBe("person");
    }
}

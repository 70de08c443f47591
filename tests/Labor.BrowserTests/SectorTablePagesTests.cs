using Labor.BuildingBlocks.Security;
using Labor.Client;
using Labor.Testing;
using OpenQA.Selenium;

namespace Labor.BrowserTests;

/// <summary>A sector-table lead adds an action to their plan, records progress and sees the chart move.</summary>
public sealed class SectorTablePagesTests : IClassFixture<LaborHost>, IClassFixture<Browser>
{
    private readonly LaborHost host;
    private readonly Browser browser;

    public SectorTablePagesTests(LaborHost host, Browser browser)
    {
        this.host = host;
        this.browser = browser;
        browser.StartAsNewVisitor(host.BaseAddress);
    }

    [Fact]
    public async Task A_lead_adds_an_action_records_progress_and_sees_the_chart_change()
    {
        TestUser lead = await host.UserAsync(Roles.SectorLead, sectorTable: "Bouw");
        IWebDriver page = browser.Driver;

        browser.SignIn(host.BaseAddress, lead.Email, lead.Password);
        page.FindElement(By.LinkText("Sectortafels")).Click();
        browser.WaitFor(By.LinkText("Bouw")).Click();
        browser.WaitFor(By.Id("new-action")).Click();

        browser.WaitFor(By.Id("title")).SendKeys("Zij-instromers naar de bouw");
        page.FindElement(By.Id("targetGroup")).SendKeys("Werkzoekenden uit de logistiek");
        page.FindElement(By.Id("indicator")).SendKeys("Gestarte BBL-trajecten");
        page.FindElement(By.Id("unit")).SendKeys("personen");
        page.FindElement(By.Id("baseline")).SendKeys("20");
        page.FindElement(By.Id("target")).SendKeys("10");
        SetDate(page, "periodStart", "2026-01-01");
        SetDate(page, "periodEnd", "2027-12-31");
        page.FindElement(By.Id("save-action")).Click();

        browser.WaitFor(By.Id("target-error")).Text.ShouldStartWith("Het doel past niet bij de richting");
        (await lead.Api.SectorTablesAsync()).Content!.Single(t => t.Name == "Bouw").Actions.ShouldBe(0, "nothing stored");

        IWebElement target = page.FindElement(By.Id("target"));
        target.Clear();
        target.SendKeys("60");
        page.FindElement(By.Id("save-action")).Click();

        IWebElement action = browser.WaitFor(By.CssSelector("article.action"));
        action.FindElement(By.TagName("h3")).Text.ShouldBe("Zij-instromers naar de bouw");
        action.FindElement(By.CssSelector(".percent")).Text.ShouldBe("0 %");
        string before = action.FindElement(By.CssSelector("svg.chart")).GetAttribute("data-points")!;

        SetDate(page, action.FindElement(By.CssSelector("input[type=date]")).GetAttribute("id")!, DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        action.FindElement(By.CssSelector("input[name=value]")).SendKeys("40");
        action.FindElement(By.CssSelector(".progress-form button")).Click();

        browser.WaitForText(By.CssSelector("article.action .percent"), "50 %");
        IWebElement moved = page.FindElement(By.CssSelector("article.action"));
        moved.FindElement(By.CssSelector(".current")).Text.ShouldBe("40");
        moved.FindElement(By.CssSelector("svg.chart")).GetAttribute("data-points")!.ShouldNotBe(before, "the chart has a new point");
        moved.FindElements(By.CssSelector("svg.chart circle")).Count.ShouldBe(2, "the baseline and the progress update");
        moved.FindElement(By.CssSelector(".progress-table tbody tr")).Text.ShouldContain(lead.Email, customMessage: "who recorded it");
        moved.FindElement(By.CssSelector(".action-history")).GetAttribute("textContent")!.ShouldContain("aangemaakt");
    }

    [Fact]
    public async Task An_admin_adds_a_tenth_table_and_seats_its_projectleider()
    {
        TestUser admin = await host.UserAsync(Roles.Admin);
        TestUser employer = await host.UserAsync(Roles.Employer);
        string leader = $"projectleider-{Guid.NewGuid():N}@test.example";
        IWebDriver page = browser.Driver;

        browser.SignIn(host.BaseAddress, admin.Email, admin.Password);
        page.FindElement(By.LinkText("Sectortafels")).Click();
        browser.WaitFor(By.Id("table-name")).SendKeys("Financiële dienstverlening");
        page.FindElement(By.Id("table-name-en")).SendKeys("Financial services");
        page.FindElement(By.CssSelector("#add-table button")).Click();
        IWebElement added = browser.WaitFor(By.CssSelector("p.success a"));
        page.FindElements(By.CssSelector("#figures-per-table tbody tr")).Count.ShouldBe(10, "the nine and the new one, side by side");
        page.FindElement(By.XPath("//table[@id='sector-tables']//tr[td/a[text()='Financiële dienstverlening']]/td[contains(@class, 'people')]")).Text.ShouldBe("0 kartrekker(s) · 0 projectleider");
        added.Click();

        browser.WaitFor(By.Id("projectleider-wanted"));
        page.FindElement(By.TagName("h1")).Text.ShouldBe("Financiële dienstverlening");
        page.FindElement(By.Id("not-classifying")).Text.ShouldContain("actuele cijfers blijven daarom 0");
        page.FindElement(By.Id("seat-email")).SendKeys(employer.Email);
        page.FindElement(By.CssSelector("#seat-function option[value=projectleider]")).Click();
        page.FindElement(By.Id("seat")).Click();
        browser.WaitForText(By.CssSelector("#seat-form p.error"), "Geef een geldig e-mailadres van iemand zonder account of met een sectortafel-account");
        page.FindElements(By.CssSelector("#people-list li")).ShouldBeEmpty("an employer is not seated");

        IWebElement email = page.FindElement(By.Id("seat-email"));
        email.Clear();
        email.SendKeys(leader);
        page.FindElement(By.CssSelector("#seat-function option[value=projectleider]")).Click();
        page.FindElement(By.Id("seat")).Click();

        browser.WaitForText(By.CssSelector("#people p.success"), "Toegevoegd");
        IWebElement person = page.FindElement(By.CssSelector("#people-list li"));
        person.Text.ShouldContain(leader);
        person.Text.ShouldContain("Projectleider");
        page.FindElements(By.Id("projectleider-wanted")).ShouldBeEmpty();
        page.FindElement(By.Id("kartrekkers-wanted")).Text.ShouldContain("0 kartrekker");
        (await host.Mailbox.WaitForAsync(leader)).Single().Subject.ShouldBe("U bent uitgenodigd voor Labor");
    }

    [Fact]
    public async Task A_lead_saving_over_a_colleagues_change_sees_it_first_and_keeps_their_input()
    {
        TestUser lead = await host.UserAsync(Roles.SectorLead, sectorTable: "Agri & Food");
        TestUser colleague = await host.UserAsync(Roles.SectorLead, sectorTable: "Agri & Food");
        Guid table = (await lead.Api.SectorTablesAsync()).Content!.Single(t => t.Name == "Agri & Food").Id;
        SectorAction action = (await lead.Api.AddActionAsync(table, SampleActions.Rising("Van kas naar kantine", 5, 25))).Content!;
        IWebDriver page = browser.Driver;

        browser.SignIn(host.BaseAddress, lead.Email, lead.Password);
        page.Navigate().GoToUrl(new Uri(host.BaseAddress, $"/sectortafels/{table}#action-{action.Id}"));
        browser.WaitFor(By.CssSelector($"#action-{action.Id} a.edit-action")).Click();
        IWebElement title = browser.WaitFor(By.Id("title"));
        (await colleague.Api.EditActionAsync(table, action.Id, action.Action with { Target = 35 })).IsSuccessStatusCode.ShouldBeTrue();
        title.Clear();
        title.SendKeys("Van kas naar kantine en keuken");
        page.FindElement(By.Id("save-action")).Click();

        string notice = browser.WaitFor(By.Id("changed-meanwhile")).Text;
        notice.ShouldContain(colleague.Email);
        notice.ShouldContain("25 → 35");
        page.FindElement(By.Id("title")).GetAttribute("value").ShouldBe("Van kas naar kantine en keuken", "what the lead typed is kept");
        page.FindElement(By.Id("save-action")).Click();

        browser.WaitFor(By.CssSelector($"#action-{action.Id} h3")).Text.ShouldBe("Van kas naar kantine en keuken");
        SectorAction saved = (await lead.Api.SectorTableAsync(table)).Content!.Actions.Single(a => a.Id == action.Id);
        saved.Action.Target.ShouldBe(35, "saved again on the current version: the colleague's target stays, the lead's title is added");
    }

    [Fact]
    public async Task Programme_staff_read_the_region_dashboard_and_download_its_tables()
    {
        TestUser staff = await host.UserAsync(Roles.ProgrammeStaff);
        TestUser jobseeker = await host.UserAsync(Roles.Jobseeker);
        await jobseeker.Api.SaveMyProfileAsync(SampleProfiles.Warehouse("Dina Dashboard")); // registered in Kampen
        await Eventually.ReturnsAsync(() => staff.Http.GetStringAsync(new Uri("/api/region/dashboard/municipalities.csv", UriKind.Relative)),
            csv => csv.Contains("\r\nKampen,", StringComparison.Ordinal), TimeSpan.FromSeconds(30), "the jobseeker counted");
        IWebDriver page = browser.Driver;

        browser.SignIn(host.BaseAddress, staff.Email, staff.Password);
        page.FindElement(By.LinkText("Regiodashboard")).Click();

        IWebElement targets = browser.WaitFor(By.Id("targets"));
        targets.FindElements(By.CssSelector("tbody tr")).Select(r => r.GetAttribute("data-target"))
            .ShouldBe(["reached", "work-to-work", "unemployed-to-work", "retraining"]);
        targets.FindElement(By.CssSelector("tr[data-target=reached] td:nth-child(3)")).Text.ShouldBe("37.000");
        IWebElement kampen = page.FindElements(By.CssSelector("#municipalities tbody tr")).Single(r => r.Text.StartsWith("Kampen", StringComparison.Ordinal));
        kampen.FindElement(By.CssSelector(".bar")).GetAttribute("aria-label").ShouldNotBe("0", "a bar to read at a glance");

        string href = page.FindElement(By.Id("csv-municipalities")).GetAttribute("href")!;
        string csv = (string)((IJavaScriptExecutor)page).ExecuteAsyncScript(
            "fetch(arguments[0]).then(r => r.text()).then(arguments[arguments.length - 1]);", href)!;
        csv.ShouldStartWith("municipality,reached,work_to_work,unemployed_to_work");
        csv.Split('\n').ShouldContain(line => line.StartsWith("Kampen,1,", StringComparison.Ordinal));
    }

    /// <summary>Date inputs take typed text in the browser's locale; setting the value is what a date picker does.</summary>
    private static void SetDate(IWebDriver page, string id, string isoDate) =>
        ((IJavaScriptExecutor)page).ExecuteScript("document.getElementById(arguments[0]).value = arguments[1];", id, isoDate);
}

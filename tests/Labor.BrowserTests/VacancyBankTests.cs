using Labor.BuildingBlocks.Security;
using Labor.Testing;
using OpenQA.Selenium;

namespace Labor.BrowserTests;

public sealed class VacancyBankTests : IClassFixture<LaborHost>, IClassFixture<Browser>
{
    private readonly LaborHost host;
    private readonly Browser browser;

    public VacancyBankTests(LaborHost host, Browser browser)
    {
        this.host = host;
        this.browser = browser;
        browser.StartAsNewVisitor(host.BaseAddress);
    }

    [Fact]
    public async Task An_employer_publishes_a_vacancy_that_then_appears_in_the_public_search()
    {
        TestUser employer = await host.UserAsync(Roles.Employer);
        string title = $"Heftruckchauffeur {Guid.NewGuid().ToString("N")[..6]}";
        IWebDriver page = browser.Driver;
        browser.SignIn(host.BaseAddress, employer.Email, employer.Password);

        page.FindElement(By.LinkText("Mijn vacatures")).Click();
        browser.WaitFor(By.Id("new-vacancy")).Click();
        browser.WaitFor(By.Id("title")).SendKeys(title);
        page.FindElement(By.Id("occupation")).SendKeys("heftruckchauf");
        // The suggestions come from the occupations autocomplete while typing; choosing one fills in its label.
        string suggested = browser.WaitFor(By.CssSelector("#occupation-suggestions option")).GetAttribute("value")!;
        suggested.ShouldBe("heftruckchauffeur");
        page.FindElement(By.Id("occupation")).Clear();
        page.FindElement(By.Id("occupation")).SendKeys(suggested);
        page.FindElement(By.Id("essentialSkills")).SendKeys("heftruck besturen\nladen en lossen");
        page.FindElement(By.Id("description")).SendKeys("Je rijdt heftruck in ons distributiecentrum aan de haven.");
        page.FindElement(By.Id("hoursMin")).SendKeys("32");
        page.FindElement(By.Id("hoursMax")).SendKeys("40");
        page.FindElement(By.Id("postcode")).SendKeys("8011 PK");
        page.FindElement(By.CssSelector("#municipality option[value='Zwolle']")).Click();
        page.FindElement(By.Id("howToApply")).SendKeys("Mail je cv naar werk@voorbeeld.example.");
        page.FindElement(By.Id("publish")).Click();

        browser.WaitFor(By.CssSelector("main .success")).Text.ShouldBe("De vacature is gepubliceerd.");
        IWebElement row = page.FindElements(By.CssSelector("#my-vacancies tbody tr")).Single(r => r.Text.Contains(title, StringComparison.Ordinal));
        row.FindElement(By.CssSelector(".status")).Text.ShouldBe("Gepubliceerd");

        page.Navigate().GoToUrl(new Uri(host.BaseAddress, "/vacatures"));
        browser.WaitFor(By.Id("q")).SendKeys(title);
        page.FindElement(By.CssSelector("form.search button[type=submit]")).Click();
        browser.WaitFor(By.LinkText(title)).Click();

        browser.WaitFor(By.TagName("h1")).Text.ShouldBe(title);
        page.FindElement(By.CssSelector("ul.skills")).Text.ShouldContain("heftruck besturen");
    }

    [Fact]
    public async Task A_mistake_in_the_form_is_named_beside_its_field_and_nothing_is_published()
    {
        TestUser employer = await host.UserAsync(Roles.Employer);
        IWebDriver page = browser.Driver;
        browser.SignIn(host.BaseAddress, employer.Email, employer.Password);

        page.Navigate().GoToUrl(new Uri(host.BaseAddress, "/werkgever/vacature"));
        browser.WaitFor(By.Id("title")).SendKeys("Kok");
        page.FindElement(By.Id("occupation")).SendKeys("heftruckchauffeur");
        page.FindElement(By.Id("essentialSkills")).SendKeys("jongleren met kettingzagen");
        page.FindElement(By.Id("hoursMin")).SendKeys("40");
        page.FindElement(By.Id("hoursMax")).SendKeys("20");
        page.FindElement(By.Id("publish")).Click();

        browser.WaitFor(By.CssSelector("main [role=alert]"));
        page.PageSource.ShouldContain("Onbekende vaardigheid: “jongleren met kettingzagen”");
        page.PageSource.ShouldContain("Vul het minimum aantal uren in (1–60), niet meer dan het maximum.");
        (await employer.Api.MyVacanciesAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Choosing_an_occupation_offers_its_esco_skills_to_tick_into_the_skill_lists()
    {
        TestUser employer = await host.UserAsync(Roles.Employer);
        IWebDriver page = browser.Driver;
        browser.SignIn(host.BaseAddress, employer.Email, employer.Password);

        page.Navigate().GoToUrl(new Uri(host.BaseAddress, "/werkgever/vacature"));
        browser.WaitFor(By.Id("occupation")).SendKeys("kok" + Keys.Tab);

        // The cook's ESCO skills appear to tick, essential ones first; a skill without a Dutch label says it is English.
        IWebElement offered = browser.WaitFor(By.CssSelector("#occupation-skills .offered-skills .check input"));
        page.FindElement(By.CssSelector("#occupation-skills legend")).Text.ShouldBe("Vaardigheden bij kok");
        page.FindElements(By.CssSelector("#occupation-skills .check")).Count.ShouldBeGreaterThan(10);
        page.FindElements(By.CssSelector("#occupation-skills label[lang=en]")).ShouldNotBeEmpty();
        string label = page.FindElement(By.CssSelector($"label[for='{offered.GetAttribute("id")}']")).Text.Replace(" [EN]", "", StringComparison.Ordinal);
        offered.Click();
        page.FindElement(By.Id("essentialSkills")).GetAttribute("value")!.Split('\n').ShouldContain(label);
        offered.Click();
        page.FindElement(By.Id("essentialSkills")).GetAttribute("value").ShouldBeNullOrEmpty("unticking takes it out again");
    }
}

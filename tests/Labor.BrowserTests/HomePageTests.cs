using Labor.BuildingBlocks.Security;
using Labor.Client;
using Labor.Testing;
using OpenQA.Selenium;

namespace Labor.BrowserTests;

public sealed class HomePageTests : IClassFixture<LaborHost>, IClassFixture<Browser>
{
    private readonly LaborHost host;
    private readonly Browser browser;

    public HomePageTests(LaborHost host, Browser browser)
    {
        this.host = host;
        this.browser = browser;
        browser.StartAsNewVisitor(host.BaseAddress); // one browser serves the class
    }

    [Fact]
    public void A_visitor_sees_the_dutch_home_page_and_can_switch_to_english()
    {
        IWebDriver page = browser.Driver;

        page.Navigate().GoToUrl(new Uri(host.BaseAddress, "/"));

        page.FindElement(By.TagName("html")).GetAttribute("lang").ShouldBe("nl");
        page.FindElement(By.TagName("h1")).Text.ShouldBe("Werk vinden en mensen vinden in Regio Zwolle");
        page.FindElements(By.CssSelector("nav ul a")).Select(a => a.Text).ShouldBe(["Home", "Vacatures", "Scholing", "API"]);
        page.FindElements(By.CssSelector(".account a")).Select(a => a.Text).ShouldBe(["Inloggen", "Registreren"]);
        page.FindElements(By.CssSelector(".card h2")).Select(h => h.Text).ShouldBe(["Voor werkgevers", "Voor werkzoekenden", "Voor sectortafels"]);

        page.FindElement(By.CssSelector(".language a[lang=en]")).Click();

        browser.WaitFor(By.CssSelector("html[lang=en]"));
        page.FindElement(By.TagName("h1")).Text.ShouldBe("Finding work and finding people in Regio Zwolle");
        page.Navigate().GoToUrl(new Uri(host.BaseAddress, "/vacatures"));
        page.FindElement(By.TagName("h1")).Text.ShouldBe("Vacancies", "the choice of language is remembered");
    }

    [Fact]
    public async Task A_vacancy_published_through_the_api_is_listed_on_the_vacancies_page()
    {
        var created = await (await host.UserAsync(Roles.Employer)).Api.CreateVacancyAsync(SampleVacancies.Forklift("Teamleider logistiek"));
        IWebDriver page = browser.Driver;

        page.Navigate().GoToUrl(new Uri(host.BaseAddress, "/"));
        page.FindElement(By.LinkText("Vacatures")).Click();

        browser.WaitFor(By.CssSelector("table.list"));
        page.FindElement(By.TagName("h1")).Text.ShouldBe("Vacatures");
        IWebElement row = page.FindElements(By.CssSelector("table.list tbody tr")).Single(r => r.Text.Contains(created.Content!.Title, StringComparison.Ordinal));
        row.Text.ShouldContain("Transport & Logistiek");
        row.Text.ShouldContain("Zwolle");
    }
}

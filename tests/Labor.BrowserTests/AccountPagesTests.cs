using Labor.BuildingBlocks.Security;
using Labor.Client;
using Labor.Testing;
using Labor.Vacancies.Contracts;
using OpenQA.Selenium;

namespace Labor.BrowserTests;

/// <summary>A person changes their password and stays signed in; an admin replays a failed message (ADR 13, ADR 15).</summary>
public sealed class AccountPagesTests : IClassFixture<LaborHost>, IClassFixture<Browser>
{
    private readonly LaborHost host;
    private readonly Browser browser;

    public AccountPagesTests(LaborHost host, Browser browser)
    {
        this.host = host;
        this.browser = browser;
        browser.StartAsNewVisitor(host.BaseAddress);
    }

    [Fact]
    public async Task An_employer_changes_the_password_stays_signed_in_here_and_the_old_api_token_stops_working()
    {
        TestUser employer = await host.UserAsync(Roles.Employer);
        IWebDriver page = browser.Driver;
        browser.SignIn(host.BaseAddress, employer.Email, employer.Password);

        page.FindElement(By.LinkText("Wachtwoord")).Click();
        browser.WaitFor(By.Id("current")).SendKeys("niet mijn wachtwoord");
        page.FindElement(By.Id("new")).SendKeys("mijn nieuwe fiets is groen");
        page.FindElement(By.CssSelector("main form button[type=submit]")).Click();
        browser.WaitForText(By.Id("current-error"), "Vul uw huidige wachtwoord juist in.");

        page.FindElement(By.Id("current")).SendKeys(employer.Password);
        page.FindElement(By.Id("new")).SendKeys("mijn nieuwe fiets is groen");
        page.FindElement(By.CssSelector("main form button[type=submit]")).Click();

        browser.WaitForText(By.CssSelector("main [role=status]"), "Uw wachtwoord is gewijzigd");
        page.Navigate().GoToUrl(new Uri(host.BaseAddress, "/werkgever"));
        browser.WaitFor(By.CssSelector("main h1")).Text.ShouldNotContain("Inloggen");
        (await employer.Api.MeAsync()).StatusCode.ShouldBe(System.Net.HttpStatusCode.Unauthorized, "the API token from before the change has ended");
    }

    [Fact]
    public async Task An_admin_replays_a_failed_message_from_its_page()
    {
        TestUser admin = await host.UserAsync(Roles.Admin);
        VacancyPublished published = SampleVacancies.PublishedEvent(Guid.NewGuid(), "Glaszetter");
        Guid messageId = await host.ParkFailedMessageAsync(published, "matching-vacancy-published_error");
        IWebDriver page = browser.Driver;
        browser.SignIn(host.BaseAddress, admin.Email, admin.Password);

        page.FindElement(By.LinkText("Berichten")).Click();
        IWebElement row = browser.WaitFor(By.XPath($"//tr[contains(., '{messageId}')]"));
        row.Text.ShouldContain("VacancyPublished");
        row.FindElement(By.XPath(".//button[contains(., 'Opnieuw aanbieden')]")).Click();

        browser.WaitForText(By.CssSelector("main [role=status]"), "Het bericht is opnieuw aangeboden.");
        page.FindElement(By.TagName("main")).Text.ShouldNotContain(messageId.ToString());
        await Eventually.TrueAsync(
            async () => await host.ScalarAsync<long>("SELECT count(*) FROM matching.vacancies WHERE vacancy_id = $1", published.Vacancy.VacancyId) == 1,
            TimeSpan.FromSeconds(30), "the replayed vacancy in matching's read model");
    }
}

using Labor.BuildingBlocks.Security;
using Labor.Client;
using Labor.Testing;
using OpenQA.Selenium;

namespace Labor.BrowserTests;

/// <summary>A jobseeker reads why a vacancy fits; the employer finds the consenting candidate and invites them.</summary>
public sealed class MatchingPagesTests : IClassFixture<LaborHost>, IClassFixture<Browser>
{
    private readonly LaborHost host;
    private readonly Browser browser;

    public MatchingPagesTests(LaborHost host, Browser browser)
    {
        this.host = host;
        this.browser = browser;
        browser.StartAsNewVisitor(host.BaseAddress);
    }

    [Fact]
    public async Task A_jobseeker_reads_their_match_and_the_employer_invites_them_from_the_candidates_page()
    {
        TestUser employer = await host.UserAsync(Roles.Employer);
        TestUser jobseeker = await host.UserAsync(Roles.Jobseeker);
        Vacancy vacancy = (await employer.Api.CreateVacancyAsync(SampleVacancies.Forklift("Orderpicker met heftruck") with { HoursMin = 16, HoursMax = 32 })).Content!;
        await jobseeker.Api.SaveMyProfileAsync(SampleProfiles.Warehouse("Sanne de Vries"));
        await jobseeker.Api.SetMyConsentAsync(new Consent(true));
        // Until matching has the vacancy, its candidates are a 404: not yet, rather than a failure.
        await Eventually.TrueAsync(async () => (await employer.Api.CandidatesAsync(vacancy.Id)).Content?.Count == 1, TimeSpan.FromSeconds(30), "matched both ways");
        IWebDriver page = browser.Driver;

        browser.SignIn(host.BaseAddress, jobseeker.Email, jobseeker.Password);
        page.FindElement(By.LinkText("Mijn matches")).Click();

        IWebElement match = browser.WaitFor(By.Id($"match-{vacancy.Id}"));
        match.FindElement(By.TagName("h2")).Text.ShouldBe("Orderpicker met heftruck");
        match.FindElement(By.CssSelector(".matched")).Text.ShouldContain("orderpicken");
        match.FindElement(By.CssSelector(".missing")).Text.ShouldContain("heftruck besturen");
        match.FindElement(By.CssSelector(".parts")).Text.ShouldStartWith("Vaardigheden ");

        browser.StartAsNewVisitor(host.BaseAddress);
        browser.SignIn(host.BaseAddress, employer.Email, employer.Password);
        page.Navigate().GoToUrl(new Uri(host.BaseAddress, "/werkgever"));
        browser.WaitFor(By.CssSelector($"tr[data-id='{vacancy.Id}'] td.candidate-count")).Text.ShouldBe("1");
        page.FindElement(By.CssSelector($"tr[data-id='{vacancy.Id}'] a.candidates")).Click();

        IWebElement candidate = browser.WaitFor(By.CssSelector("li.match"));
        candidate.FindElement(By.TagName("h2")).Text.ShouldBe("Sanne de Vries");
        candidate.FindElement(By.CssSelector("a[href^='mailto:']")).Text.ShouldBe(jobseeker.Email);
        candidate.FindElement(By.CssSelector("button[value=invited]")).Click();

        browser.WaitFor(By.CssSelector("li.match .verdict-state")).Text.ShouldBe("U heeft deze kandidaat uitgenodigd.");
        (await employer.Api.CandidatesAsync(vacancy.Id)).Content!.Single().Verdict.ShouldBe("invited");
    }
}

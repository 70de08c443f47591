using System.Drawing;
using Labor.BuildingBlocks.Security;
using Labor.Client;
using Labor.Testing;
using OpenQA.Selenium;

namespace Labor.BrowserTests;

/// <summary>A jobseeker reads the morning's digest on a phone, opens a vacancy from it and unsubscribes with its link.</summary>
public sealed class DigestPagesTests : IClassFixture<LaborHost>, IClassFixture<Browser>
{
    private readonly LaborHost host;
    private readonly Browser browser;

    public DigestPagesTests(LaborHost host, Browser browser)
    {
        this.host = host;
        this.browser = browser;
        browser.StartAsNewVisitor(host.BaseAddress);
    }

    [Fact]
    public async Task The_digest_reads_on_a_narrow_screen_and_its_links_open_the_vacancy_and_unsubscribe()
    {
        TestUser employer = await host.UserAsync(Roles.Employer);
        TestUser jobseeker = await host.UserAsync(Roles.Jobseeker);
        await jobseeker.Api.SaveMyProfileAsync(SampleProfiles.Warehouse("Mila Mobiel") with { DigestFrequency = "daily" });
        Vacancy vacancy = (await employer.Api.CreateVacancyAsync(
            SampleVacancies.Forklift("Orderpicker in de koel- en vriesafdeling van het distributiecentrum") with { HoursMin = 24, HoursMax = 32 })).Content!;
        await Eventually.TrueAsync(async () => (await jobseeker.Api.MyMatchesAsync()).Content!.Count == 1, TimeSpan.FromSeconds(30), "the match");
        await host.RunRecurringJobAsync("matching-digests-daily");
        ReceivedMail mail = (await host.Mailbox.WaitForAsync(jobseeker.Email)).Single();
        IWebDriver page = browser.Driver;

        Size wide = page.Manage().Window.Size;
        try
        {
            page.Manage().Window.Size = new Size(360, 740);
            page.Navigate().GoToUrl("data:text/html;charset=utf-8," + Uri.EscapeDataString(mail.Html));
            browser.WaitFor(By.TagName("h2")).Text.ShouldBe("Orderpicker in de koel- en vriesafdeling van het distributiecentrum");
            long overflow = (long)((IJavaScriptExecutor)page).ExecuteScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;")!;
            overflow.ShouldBe(0, "no sideways scrolling on a 360 px wide phone");
        }
        finally
        {
            page.Manage().Window.Size = wide;
        }

        page.Navigate().GoToUrl(new Uri(host.BaseAddress, mail.LinkTo($"/vacatures/{vacancy.Id}")));
        browser.WaitFor(By.TagName("h1")).Text.ShouldBe("Orderpicker in de koel- en vriesafdeling van het distributiecentrum");

        page.Navigate().GoToUrl(new Uri(host.BaseAddress, mail.LinkTo("/uitschrijven/")));
        browser.WaitFor(By.Id("unsubscribe")).Click();
        browser.WaitFor(By.Id("unsubscribed")).Text.ShouldStartWith("U bent uitgeschreven");

        browser.SignIn(host.BaseAddress, jobseeker.Email, jobseeker.Password);
        page.Navigate().GoToUrl(new Uri(host.BaseAddress, "/mijn-profiel"));
        browser.WaitFor(By.Id("digestFrequency")).GetDomProperty("value").ShouldBe("off");
    }
}

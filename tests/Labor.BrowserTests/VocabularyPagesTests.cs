using Labor.BuildingBlocks.Security;
using Labor.Testing;
using OpenQA.Selenium;

namespace Labor.BrowserTests;

public sealed class VocabularyPagesTests : IClassFixture<LaborHost>, IClassFixture<Browser>
{
    private readonly LaborHost host;
    private readonly Browser browser;

    public VocabularyPagesTests(LaborHost host, Browser browser)
    {
        this.host = host;
        this.browser = browser;
        browser.StartAsNewVisitor(host.BaseAddress);
    }

    [Fact]
    public void A_visitor_finds_training_for_a_skill_typed_with_a_typo()
    {
        IWebDriver page = browser.Driver;
        page.Navigate().GoToUrl(new Uri(host.BaseAddress, "/"));
        page.FindElement(By.LinkText("Scholing")).Click();

        browser.WaitFor(By.Id("vaardigheid")).SendKeys("hetfruck");

        // The live suggestions come from the autocomplete API while typing.
        browser.WaitFor(By.CssSelector("#vaardigheid-suggesties option[value='heftruck besturen']"));
        page.FindElement(By.CssSelector("form.search button[type=submit]")).Click();

        browser.WaitFor(By.CssSelector("p[role=status] strong")).Text.ShouldContain("heftruck besturen");
        page.FindElements(By.CssSelector("table.courses tbody tr")).Select(r => r.Text)
            .ShouldContain(text => text.Contains("Heftruckcertificaat", StringComparison.Ordinal) && text.Contains("16 uur", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_admin_imports_an_esco_file_and_sees_what_it_brought()
    {
        TestUser admin = await host.UserAsync(Roles.Admin);
        string folder = Directory.CreateTempSubdirectory("esco-").FullName;
        string occupations = Path.Combine(folder, "occupations_nl.csv");
        await File.WriteAllTextAsync(occupations, "conceptUri,iscoGroup,preferredLabel,altLabels\nhttp://example.org/esco/occupation/browser-test,7512,broodbakker in de test,\n");
        IWebDriver page = browser.Driver;
        browser.SignIn(host.BaseAddress, admin.Email, admin.Password);

        page.Navigate().GoToUrl(new Uri(host.BaseAddress, "/beheer/vocabulaire"));
        int before = int.Parse(page.FindElement(By.Id("occupation-count")).Text, System.Globalization.CultureInfo.InvariantCulture);
        page.FindElement(By.Id("files")).SendKeys(occupations);
        page.FindElement(By.CssSelector("form.form button[type=submit]")).Click();

        browser.WaitFor(By.CssSelector("main .success")).Text.ShouldBe("Import voltooid: 1 beroepen, 0 vaardigheden, 0 koppelingen.");
        int.Parse(page.FindElement(By.Id("occupation-count")).Text, System.Globalization.CultureInfo.InvariantCulture).ShouldBe(before + 1);
        page.FindElement(By.CssSelector("table.list tbody tr")).Text.ShouldContain("esco");
    }

    [Fact]
    public async Task An_admin_who_picks_a_damaged_esco_archive_is_told_which_and_nothing_changes()
    {
        TestUser admin = await host.UserAsync(Roles.Admin);
        string archive = Path.Combine(Directory.CreateTempSubdirectory("esco-").FullName, "ESCO dataset - v1.2.0 - classification - en - csv.zip");
        await File.WriteAllBytesAsync(archive, (await File.ReadAllBytesAsync(Directory.GetFiles(
            Path.Combine(SharedData.RepositoryRoot, "data", "esco", "v1.1.1"), "*en - csv.zip").Single()))[..50_000]);
        IWebDriver page = browser.Driver;
        browser.SignIn(host.BaseAddress, admin.Email, admin.Password);

        page.Navigate().GoToUrl(new Uri(host.BaseAddress, "/beheer/vocabulaire"));
        string before = page.FindElement(By.Id("skill-count")).Text;
        page.FindElement(By.Id("files")).SendKeys(archive);
        page.FindElement(By.CssSelector("form.form button[type=submit]")).Click();

        browser.WaitFor(By.CssSelector("main [role=alert]")).Text.ShouldStartWith("De import is geweigerd; er is niets veranderd.");
        page.FindElement(By.CssSelector("ul.problems li")).Text.ShouldContain("ESCO dataset - v1.2.0 - classification - en - csv.zip: not a readable zip archive");
        page.FindElement(By.Id("skill-count")).Text.ShouldBe(before);
    }
}

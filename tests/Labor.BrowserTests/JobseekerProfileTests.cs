using Labor.Client;
using Labor.Testing;
using OpenQA.Selenium;

namespace Labor.BrowserTests;

/// <summary>A person joins as a jobseeker, fills in their profile with suggestions, consents, and later deletes it all.</summary>
public sealed class JobseekerProfileTests : IClassFixture<LaborHost>, IClassFixture<Browser>
{
    private const string Password = "mijn fiets is blauw en snel";
    private readonly LaborHost host;
    private readonly Browser browser;

    public JobseekerProfileTests(LaborHost host, Browser browser)
    {
        this.host = host;
        this.browser = browser;
        browser.StartAsNewVisitor(host.BaseAddress);
    }

    [Fact]
    public async Task A_jobseeker_registers_confirms_through_the_real_mail_fills_in_the_profile_and_consents()
    {
        string email = $"sanne-{Guid.NewGuid():N}@test.example";
        IWebDriver page = browser.Driver;
        await RegisterAndSignInAsync(email);

        browser.WaitFor(By.TagName("h1")).Text.ShouldBe("Mijn profiel", "a jobseeker lands on their profile after signing in");
        page.FindElement(By.Id("readiness")).Text.ShouldStartWith("Vul uw postcode");
        page.FindElement(By.Id("email")).GetAttribute("value").ShouldBe(email);
        page.FindElement(By.Id("name")).SendKeys("Sanne de Vries");
        page.FindElement(By.Id("postcode")).SendKeys("8011pk");
        Replace(page.FindElement(By.Id("maxTravelKm")), "30");
        page.FindElement(By.Id("hoursMin")).SendKeys("24");
        page.FindElement(By.Id("hoursMax")).SendKeys("32");
        Pick(page.FindElement(By.Id("experience-0")), "magazijnmedew", "occupation-suggestions", "magazijnmedewerker");
        page.FindElement(By.Id("experience-years-0")).SendKeys("6");
        Pick(page.FindElement(By.Id("skill-search")), "orderpik", "skill-suggestions", "orderpicken");
        Pick(page.FindElement(By.Id("skill-search")), "laden en lo", "skill-suggestions", "laden en lossen");
        page.FindElement(By.Id("skills")).GetAttribute("value").ShouldBe("orderpicken\nladen en lossen", "each pick adds a line");
        page.FindElement(By.CssSelector("input[name='Form.SectorTables'][value='Transport & Logistiek']")).Click();
        page.FindElement(By.CssSelector("#situation option[value=employed]")).Click();
        page.FindElement(By.CssSelector("#digestFrequency option[value=weekly]")).Click();
        page.FindElement(By.Id("why-fairness")).Text.ShouldContain("nooit om u te matchen");
        page.FindElement(By.Id("save")).Click();

        browser.WaitFor(By.CssSelector("main .success[role=status]")).Text.ShouldBe("Uw profiel is opgeslagen.");
        page.FindElement(By.CssSelector("#municipality option:checked")).Text.ShouldBe("Zwolle", "the postcode decides the municipality");
        page.FindElement(By.Id("readiness")).Text.ShouldBe("Uw profiel is compleet genoeg om vacatures voor u te zoeken.");
        page.FindElement(By.Id("experience-0")).GetAttribute("value").ShouldBe("magazijnmedewerker");
        page.FindElement(By.Id("postcode")).GetAttribute("value").ShouldBe("8011 PK");
        page.FindElement(By.Id("consent-state")).Text.ShouldStartWith("U heeft geen toestemming gegeven");

        page.FindElement(By.Id("consent-toggle")).Click();

        browser.WaitForText(By.Id("consent-state"), "U heeft toestemming gegeven.");
        page.FindElement(By.Id("consent-toggle")).Text.ShouldBe("Toestemming intrekken");
        JobseekerProfile stored = (await (await LaborClient.SignInAsync(host.CreateHttpClient(), email, Password)).GetMyProfileAsync()).Content!;
        stored.Skills.Select(s => s.Label).ShouldBe(["orderpicken", "laden en lossen"]);
        stored.Experience.ShouldHaveSingleItem().Years.ShouldBe(6);
        stored.SectorTables.ShouldBe(["Transport & Logistiek"]);
        stored.Consented.ShouldBeTrue();
    }

    [Fact]
    public async Task A_wrong_profile_names_its_fields_in_dutch_and_stores_nothing()
    {
        string email = $"bram-{Guid.NewGuid():N}@test.example";
        IWebDriver page = browser.Driver;
        await RegisterAndSignInAsync(email);

        browser.WaitFor(By.Id("name")).SendKeys("Bram Bakker");
        page.FindElement(By.Id("postcode")).SendKeys("8011 PK");
        page.FindElement(By.Id("hoursMin")).SendKeys("40");
        page.FindElement(By.Id("hoursMax")).SendKeys("20");
        page.FindElement(By.Id("skills")).SendKeys("jongleren met kettingzagen");
        page.FindElement(By.Id("save")).Click();

        browser.WaitFor(By.CssSelector("main p.error[role=alert]")).Text.ShouldBe("Niet alles is goed ingevuld; kijk bij de velden met een melding.");
        string errors = string.Join("\n", page.FindElements(By.CssSelector("form#profile p.error")).Select(e => e.Text).Where(t => t.Length > 0));
        errors.ShouldContain("Vul het minimum aantal uren in (1 tot 60), niet meer dan het maximum.");
        errors.ShouldContain("'jongleren met kettingzagen' kennen we niet als vaardigheid; kies er een uit de suggesties.");
        page.FindElement(By.Id("name")).GetAttribute("value").ShouldBe("Bram Bakker", "what the person typed stays in the form");
        JobseekerProfile stored = (await (await LaborClient.SignInAsync(host.CreateHttpClient(), email, Password)).GetMyProfileAsync()).Content!;
        stored.Name.ShouldBeNull("nothing of the rejected form is stored");
    }

    [Fact]
    public async Task A_jobseeker_deletes_their_account_on_the_privacy_page()
    {
        string email = $"ilse-{Guid.NewGuid():N}@test.example";
        IWebDriver page = browser.Driver;
        await RegisterAndSignInAsync(email);
        browser.WaitFor(By.LinkText("Uw gegevens downloaden of uw account verwijderen")).Click();

        browser.WaitFor(By.Id("download")).GetAttribute("href").ShouldEndWith("/privacy?handler=download");
        page.FindElement(By.Id("delete")).Click();
        browser.WaitFor(By.Id("understood-error")).Text.ShouldBe("Vink eerst aan dat u het begrijpt.");
        page.FindElement(By.Id("understood")).Click();
        page.FindElement(By.Id("delete")).Click();

        browser.WaitFor(By.Id("erased")).Text.ShouldBe("Uw account en al uw gegevens zijn verwijderd.");
        page.FindElement(By.LinkText("Inloggen")).Displayed.ShouldBeTrue("signed out");
        await Eventually.TrueAsync(async () => (await host.Api().SignInAsync(new SignIn(email, Password))).StatusCode == System.Net.HttpStatusCode.Unauthorized,
            TimeSpan.FromSeconds(30), "the account is gone");
    }

    private async Task RegisterAndSignInAsync(string email)
    {
        IWebDriver page = browser.Driver;
        page.Navigate().GoToUrl(new Uri(host.BaseAddress, "/account/registreren"));
        browser.WaitFor(By.CssSelector("input[name=kind][value=jobseeker]")).Click();
        page.FindElement(By.Id("email")).SendKeys(email);
        page.FindElement(By.Id("password")).SendKeys(Password);
        page.FindElement(By.CssSelector("main button[type=submit]")).Click();
        browser.WaitForText(By.TagName("h1"), "Kijk in uw mailbox");
        ReceivedMail mail = (await host.Mailbox.WaitForAsync(email)).Single();
        page.Navigate().GoToUrl(new Uri(host.BaseAddress, mail.LinkTo("/account/bevestigen")));
        browser.WaitFor(By.CssSelector("main .success"));
        browser.SignIn(host.BaseAddress, email, Password);
    }

    /// <summary>Types the start of a word, waits for the suggestion, and takes it, as a person picking from the list does.</summary>
    private void Pick(IWebElement input, string typed, string list, string suggestion)
    {
        input.SendKeys(typed);
        browser.WaitFor(By.CssSelector($"#{list} option[value='{suggestion}']"));
        Replace(input, suggestion);
        input.SendKeys(Keys.Tab); // leaving the field fires "change", as choosing from the list does
    }

    private static void Replace(IWebElement input, string value)
    {
        input.SendKeys(Keys.Control + "a");
        input.SendKeys(value);
    }
}

using Labor.Testing;
using OpenQA.Selenium;

namespace Labor.BrowserTests;

public sealed class SignUpTests : IClassFixture<LaborHost>, IClassFixture<Browser>
{
    private readonly LaborHost host;
    private readonly Browser browser;

    public SignUpTests(LaborHost host, Browser browser)
    {
        this.host = host;
        this.browser = browser;
        browser.StartAsNewVisitor(host.BaseAddress); // one browser serves the class
    }

    [Fact]
    public async Task A_jobseeker_signs_up_confirms_through_the_real_mail_and_signs_in()
    {
        string email = $"anna-{Guid.NewGuid():N}@test.example";
        const string password = "mijn fiets is blauw en snel";
        IWebDriver page = browser.Driver;

        page.Navigate().GoToUrl(new Uri(host.BaseAddress, "/"));
        page.FindElement(By.LinkText("Registreren")).Click();
        browser.WaitFor(By.CssSelector("input[name=kind][value=jobseeker]")).Click();
        page.FindElement(By.Id("email")).SendKeys(email);
        page.FindElement(By.Id("password")).SendKeys("te kort");
        page.FindElement(By.CssSelector("main button[type=submit]")).Click();

        browser.WaitForText(By.Id("password-error"), "Kies een wachtwoord van minstens 10 tekens.");
        page.FindElement(By.Id("password")).SendKeys(password);
        page.FindElement(By.CssSelector("main button[type=submit]")).Click();

        // Until the post is answered the sign-up page, with its own heading, is still showing.
        browser.WaitForText(By.TagName("h1"), "Kijk in uw mailbox").ShouldBe("Kijk in uw mailbox");

        ReceivedMail mail = (await host.Mailbox.WaitForAsync(email)).Single();
        page.Navigate().GoToUrl(new Uri(host.BaseAddress, mail.LinkTo("/account/bevestigen")));
        page.FindElement(By.CssSelector("main .success")).Text.ShouldBe("Uw e-mailadres is bevestigd. U kunt nu inloggen.");
        page.FindElement(By.LinkText("Inloggen")).Click();

        browser.WaitFor(By.Id("email")).SendKeys(email);
        page.FindElement(By.Id("password")).SendKeys(password);
        page.FindElement(By.CssSelector("main button[type=submit]")).Click();

        browser.WaitFor(By.CssSelector(".account .who")).Text.ShouldBe(email);
        page.FindElement(By.CssSelector(".account button")).Click();
        browser.WaitFor(By.LinkText("Inloggen"));
    }

    [Fact]
    public void The_sign_up_page_speaks_english_on_request()
    {
        IWebDriver page = browser.Driver;

        page.Navigate().GoToUrl(new Uri(host.BaseAddress, "/account/registreren?culture=en"));

        page.FindElement(By.TagName("h1")).Text.ShouldBe("Create an account");
        page.FindElement(By.CssSelector("label[for=password]")).Text.ShouldBe("Password");
    }
}

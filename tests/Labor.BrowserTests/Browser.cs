using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;

namespace Labor.BrowserTests;

/// <summary>
/// Debian's headless Chromium driven through its matching chromedriver (never a downloaded browser). One browser per
/// test class: starting it costs seconds. Outside lookups are blocked so the browser only ever talks to loopback.
/// </summary>
public sealed class Browser : IDisposable
{
    private readonly string _profile = Directory.CreateTempSubdirectory("labor-chromium-").FullName;

    public Browser()
    {
        var options = new ChromeOptions { BinaryLocation = Environment.GetEnvironmentVariable("LABOR_CHROMIUM") ?? "/usr/bin/chromium" };
        options.AddArguments(
            "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
            "--window-size=1280,900", "--lang=en-US", $"--user-data-dir={_profile}",
            "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1");
        ChromeDriverService service = ChromeDriverService.CreateDefaultService("/usr/bin", "chromedriver");
        service.HideCommandPromptWindow = true;
        service.SuppressInitialDiagnosticInformation = true;
        Driver = new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
    }

    public IWebDriver Driver { get; }

    /// <summary>Forgets cookies, so the next test starts as a new visitor of <paramref name="site"/>.</summary>
    public void StartAsNewVisitor(Uri site)
    {
        Driver.Navigate().GoToUrl(new Uri(site, "/health/live"));
        Driver.Manage().Cookies.DeleteAllCookies();
    }

    /// <summary>Signs in through the sign-in page, as a person would, and waits until the page shows who is signed in.</summary>
    public void SignIn(Uri site, string email, string password)
    {
        Driver.Navigate().GoToUrl(new Uri(site, "/account/inloggen"));
        WaitFor(By.Id("email")).SendKeys(email);
        Driver.FindElement(By.Id("password")).SendKeys(password);
        Driver.FindElement(By.CssSelector("main button[type=submit]")).Click();
        WaitFor(By.CssSelector(".account .who"));
    }

    public IWebElement WaitFor(By by, TimeSpan? timeout = null) =>
        new WebDriverWait(Driver, timeout ?? TimeSpan.FromSeconds(10)).Until(driver => driver.FindElement(by));

    /// <summary>Waits until the element's text starts with <paramref name="start"/>: after a form post the old page may still be showing.</summary>
    public string WaitForText(By by, string start, TimeSpan? timeout = null) =>
        new WebDriverWait(Driver, timeout ?? TimeSpan.FromSeconds(10)) { Message = $"text starting with \"{start}\" at {by}" }
            .Until(driver =>
            {
                try
                {
                    string text = driver.FindElement(by).Text;
                    return text.StartsWith(start, StringComparison.Ordinal) ? text : null;
                }
                catch (StaleElementReferenceException)
                {
                    return null;
                }
            });

    public void Dispose()
    {
        Driver.Quit();
        Driver.Dispose();
        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
            // Chromium may still hold a file for a moment; the temp folder is cleaned by the OS.
        }
    }
}

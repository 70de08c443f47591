using System.Web;
using Labor.Client;
using Labor.Testing;

namespace Labor.IntegrationTests;

/// <summary>Logs are read by operators and kept for weeks: no e-mail addresses, names, passwords or tokens in them.</summary>
public sealed class PersonalDataInLogsTests(LaborHost host) : IClassFixture<LaborHost>
{
    [Fact]
    public async Task Registration_confirmation_and_sign_in_log_no_personal_data()
    {
        string email = $"jan.jansen-{Guid.NewGuid():N}@test.example";
        const string password = "geheim wachtwoord van jan";
        const string organisation = "Jansen Installatietechniek";
        ILaborApi api = host.Api();

        await api.RegisterAsync(new SignUp(email, password, "employer", organisation));
        await api.RegisterAsync(new SignUp(email, password, "employer", organisation));
        await api.SignInAsync(new SignIn(email, "fout wachtwoord hier"));
        string confirmation = (await host.Mailbox.WaitForAsync(email)).First(m => m.Subject.StartsWith("Bevestig", StringComparison.Ordinal)).LinkTo("/account/bevestigen");
        await host.CreateHttpClient().GetStringAsync(new Uri(confirmation, UriKind.Relative));
        var token = (await api.SignInAsync(new SignIn(email, password))).Content!;
        using HttpClient cookie = await host.CookieClientAsync(email, password);
        await api.ForgotPasswordAsync(new ForgotPassword(email));

        string code = HttpUtility.ParseQueryString(new Uri(new Uri("http://x"), confirmation).Query)["code"]!;
        string[] secrets = [email, email.Split('@')[0], password, "fout wachtwoord hier", organisation, token.Token, token.RefreshToken, code];
        host.Logs.Lines.Count.ShouldBeGreaterThan(0, "the capture works");
        host.Logs.Lines.ShouldContain(line => line.Contains("registered as employer", StringComparison.Ordinal), "registration is logged, by id");
        foreach (string secret in secrets)
        {
            host.Logs.Lines.Where(line => line.Contains(secret, StringComparison.OrdinalIgnoreCase)).ShouldBeEmpty();
        }
    }
}

using System.Net;
using System.Text.Json;
using System.Web;
using Labor.Client;
using Labor.Testing;

namespace Labor.IntegrationTests;

/// <summary>Guessable passwords are refused at sign-up and at reset, through the API, and nothing is stored.</summary>
public sealed class PasswordPolicyTests(LaborHost host) : IClassFixture<LaborHost>
{
    public static TheoryData<string, string> GuessablePasswords => new()
    {
        { "aaaaaaaaaa", "one character repeated" },
        { "1q2w3e4r5t", "on the shipped list of common passwords" },
        { "{address}", "the account's own address" },
        { "mijn eigen {local} wachtwoord", "the address's local part" },
        { "ik werk via LABOR in Zwolle", "the platform's name" },
    };

    [Theory]
    [MemberData(nameof(GuessablePasswords))]
    public async Task Signing_up_with_a_guessable_password_is_400_naming_the_password_and_stores_nothing(string template, string why)
    {
        string local = $"wachtwoordtest-{Guid.NewGuid():N}";
        string email = $"{local}@test.example";
        string password = template.Replace("{address}", email, StringComparison.Ordinal).Replace("{local}", local, StringComparison.Ordinal);

        using HttpResponseMessage response = await PostJsonAsync("/api/account/register", new { email, password, kind = "jobseeker" });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, why);
        (await ErrorFieldsAsync(response)).ShouldBe(["password"], why);
        (await host.ScalarAsync<long>("SELECT count(*) FROM accounts.users WHERE normalized_email = upper($1)", email)).ShouldBe(0, why);
    }

    [Fact]
    public async Task Resetting_to_a_listed_password_is_refused_and_the_old_one_still_works()
    {
        TestUser user = await host.UserAsync("Jobseeker");
        ILaborApi api = host.Api();
        (await api.ForgotPasswordAsync(new ForgotPassword(user.Email))).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        ReceivedMail mail = (await host.Mailbox.WaitForAsync(user.Email)).Single();
        var query = HttpUtility.ParseQueryString(new Uri(new Uri("http://x"), mail.LinkTo("/account/wachtwoord-herstellen")).Query);

        using HttpResponseMessage response = await PostJsonAsync("/api/account/reset-password",
            new { userId = Guid.Parse(query["user"]!), code = query["code"], password = "Password123" });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ErrorFieldsAsync(response)).ShouldBe(["password"]);
        (await api.SignInAsync(new SignIn(user.Email, "Password123"))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await api.SignInAsync(new SignIn(user.Email, user.Password))).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private async Task<HttpResponseMessage> PostJsonAsync(string path, object body)
    {
        using HttpClient http = host.CreateHttpClient();
        using var content = new StringContent(JsonSerializer.Serialize(body), System.Text.Encoding.UTF8, "application/json");
        return await http.PostAsync(new Uri(path, UriKind.Relative), content);
    }

    private static async Task<string[]> ErrorFieldsAsync(HttpResponseMessage response)
    {
        using JsonDocument problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return [.. problem.RootElement.GetProperty("errors").EnumerateObject().Select(e => e.Name)];
    }
}

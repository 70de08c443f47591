using System.Net;
using System.Text.Json;
using System.Web;
using Labor.Client;
using Labor.Testing;

namespace Labor.IntegrationTests;

/// <summary>Sign-up, confirmation, sign-in and password reset through the API and the real SMTP server.</summary>
public sealed class AccountFlowTests(LaborHost host) : IClassFixture<LaborHost>
{
    private const string Password = "een lange zin als wachtwoord";

    [Fact]
    public async Task A_jobseeker_signs_up_confirms_through_the_mail_and_signs_in()
    {
        string email = NewAddress();
        ILaborApi api = host.Api();

        (await api.RegisterAsync(new SignUp(email, Password, "jobseeker"))).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        (await api.SignInAsync(new SignIn(email, Password))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized, "no account is active before its address is confirmed");

        ReceivedMail mail = (await host.Mailbox.WaitForAsync(email)).Single();
        mail.Subject.ShouldBe("Bevestig uw e-mailadres voor Labor");
        mail.Html.ShouldContain("<a href=");
        using HttpClient browser = host.CreateHttpClient();
        string confirmation = await browser.GetStringAsync(new Uri(mail.LinkTo("/account/bevestigen"), UriKind.Relative));
        confirmation.ShouldContain("Uw e-mailadres is bevestigd.");

        ILaborApi signedIn = await LaborClient.SignInAsync(host.CreateHttpClient(), email, Password);
        CurrentUser me = (await signedIn.MeAsync()).Content!;
        me.Email.ShouldBe(email);
        me.Role.ShouldBe("Jobseeker");
        me.OrganisationId.ShouldBeNull();
    }

    [Fact]
    public async Task An_address_with_accents_registers_like_any_other()
    {
        string email = $"josé.müller-{Guid.NewGuid():N}@test.example";

        (await host.Api().RegisterAsync(new SignUp(email, Password, "jobseeker"))).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        (await host.ScalarAsync<long>("SELECT count(*) FROM accounts.users WHERE normalized_email = upper($1)", email)).ShouldBe(1);
    }

    [Fact]
    public async Task An_employer_signs_up_for_an_organisation()
    {
        string email = NewAddress();
        (await host.Api().RegisterAsync(new SignUp(email, Password, "employer", "Bouwbedrijf Hattem", "en"))).StatusCode.ShouldBe(HttpStatusCode.Accepted);

        ReceivedMail mail = (await host.Mailbox.WaitForAsync(email)).Single();
        mail.Subject.ShouldBe("Confirm your e-mail address for Labor", "the mail is in the language chosen at sign-up");
        await host.CreateHttpClient().GetStringAsync(new Uri(mail.LinkTo("/account/bevestigen"), UriKind.Relative));

        CurrentUser me = (await (await LaborClient.SignInAsync(host.CreateHttpClient(), email, Password)).MeAsync()).Content!;
        me.Role.ShouldBe("Employer");
        me.OrganisationName.ShouldBe("Bouwbedrijf Hattem");
        me.OrganisationId.ShouldNotBeNull();
    }

    [Fact]
    public async Task Registering_an_address_that_has_an_account_gets_the_same_answer_and_a_different_mail()
    {
        TestUser existing = await host.UserAsync("Jobseeker");
        string fresh = NewAddress();

        using HttpResponseMessage known = await RawRegisterAsync(existing.Email);
        using HttpResponseMessage unknown = await RawRegisterAsync(fresh);

        known.StatusCode.ShouldBe(unknown.StatusCode);
        (await known.Content.ReadAsStringAsync()).ShouldBe(await unknown.Content.ReadAsStringAsync());
        (await host.Mailbox.WaitForAsync(existing.Email)).Single().Subject.ShouldBe("U heeft al een account bij Labor");
        (await host.Mailbox.WaitForAsync(fresh)).Single().Subject.ShouldBe("Bevestig uw e-mailadres voor Labor");
        (await host.ScalarAsync<long>("SELECT count(*) FROM accounts.users WHERE normalized_email = upper($1)", existing.Email)).ShouldBe(1);
    }

    [Theory]
    [InlineData("""{"email":"geen-adres","password":"een lange zin als wachtwoord","kind":"jobseeker"}""", "email")]
    [InlineData("""{"email":"a@test.example","password":"kort","kind":"jobseeker"}""", "password")]
    [InlineData("""{"email":"a@test.example","password":"een lange zin als wachtwoord","kind":"admin"}""", "kind")]
    [InlineData("""{"email":"a@test.example","password":"een lange zin als wachtwoord","kind":"employer"}""", "organisationName")]
    [InlineData("""{"email":"a@test.example","password":"een lange zin als wachtwoord","kind":"jobseeker","language":"de"}""", "language")]
    public async Task Bad_registrations_are_400_naming_the_field_and_store_nothing(string body, string field)
    {
        long before = await host.ScalarAsync<long>("SELECT count(*) FROM accounts.users");
        using HttpClient http = host.CreateHttpClient();
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");

        using HttpResponseMessage response = await http.PostAsync(new Uri("/api/account/register", UriKind.Relative), content);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        using JsonDocument problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        problem.RootElement.GetProperty("errors").EnumerateObject().Select(e => e.Name).ShouldContain(field);
        (await host.ScalarAsync<long>("SELECT count(*) FROM accounts.users")).ShouldBe(before);
    }

    [Fact]
    public async Task A_forgotten_password_is_reset_through_the_mailed_link()
    {
        TestUser user = await host.UserAsync("Employer");
        ILaborApi api = host.Api();

        (await api.ForgotPasswordAsync(new ForgotPassword(user.Email))).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        (await api.ForgotPasswordAsync(new ForgotPassword(NewAddress()))).StatusCode.ShouldBe(HttpStatusCode.Accepted, "an unknown address gets the same answer");

        ReceivedMail mail = (await host.Mailbox.WaitForAsync(user.Email)).Single();
        mail.Subject.ShouldBe("Een nieuw wachtwoord voor Labor");
        var query = HttpUtility.ParseQueryString(new Uri(new Uri("http://x"), mail.LinkTo("/account/wachtwoord-herstellen")).Query);
        var reset = new ResetPassword(Guid.Parse(query["user"]!), query["code"], "een nieuw en lang wachtwoord");

        (await api.ResetPasswordAsync(reset with { Code = "bm9wZQ" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest, "a wrong code changes nothing");
        (await api.ResetPasswordAsync(reset)).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await api.SignInAsync(new SignIn(user.Email, user.Password))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await api.SignInAsync(new SignIn(user.Email, "een nieuw en lang wachtwoord"))).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task An_admin_invites_programme_staff_who_choose_a_password_through_the_mail()
    {
        TestUser admin = await host.UserAsync("Admin");
        string email = NewAddress();

        var created = await admin.Api.InviteUserAsync(new NewUser(email, "ProgrammeStaff"));

        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await admin.Api.InviteUserAsync(new NewUser(email, "ProgrammeStaff"))).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        ReceivedMail mail = (await host.Mailbox.WaitForAsync(email)).Single();
        mail.Subject.ShouldBe("U bent uitgenodigd voor Labor");
        var query = HttpUtility.ParseQueryString(new Uri(new Uri("http://x"), mail.LinkTo("/account/wachtwoord-herstellen")).Query);
        (await host.Api().ResetPasswordAsync(new ResetPassword(Guid.Parse(query["user"]!), query["code"], Password))).StatusCode.ShouldBe(HttpStatusCode.OK);

        CurrentUser me = (await (await LaborClient.SignInAsync(host.CreateHttpClient(), email, Password)).MeAsync()).Content!;
        me.Role.ShouldBe("ProgrammeStaff");
    }

    private async Task<HttpResponseMessage> RawRegisterAsync(string email)
    {
        using HttpClient http = host.CreateHttpClient();
        string body = JsonSerializer.Serialize(new { email, password = Password, kind = "jobseeker" });
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        return await http.PostAsync(new Uri("/api/account/register", UriKind.Relative), content);
    }

    private static string NewAddress() => $"persoon-{Guid.NewGuid():N}@test.example";
}

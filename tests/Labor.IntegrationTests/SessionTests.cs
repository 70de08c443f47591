using System.Net;
using System.Net.Http.Headers;
using System.Web;
using Labor.BuildingBlocks.Security;
using Labor.Client;
using Labor.Testing;
using Refit;

namespace Labor.IntegrationTests;

/// <summary>
/// Sessions end when they should (ADR 13): a password reset or change, a role change and a sign-out end every cookie,
/// bearer token and refresh token the account had, on its next request; refresh tokens are good for one use.
/// </summary>
public sealed class SessionTests(LaborHost host) : IClassFixture<LaborHost>
{
    private const string NewPassword = "een ander en lang wachtwoord";

    [Fact]
    public async Task A_password_reset_ends_every_cookie_and_token_of_the_account()
    {
        TestUser employer = await host.UserAsync(Roles.Employer);
        using HttpClient browser = await host.CookieClientAsync(employer.Email, employer.Password);
        AccessToken tokens = await TokensAsync(employer);
        await ShouldBeLiveAsync(browser, employer);

        (await host.Api().ForgotPasswordAsync(new ForgotPassword(employer.Email))).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        ReceivedMail mail = (await host.Mailbox.WaitForAsync(employer.Email)).Single();
        var query = HttpUtility.ParseQueryString(new Uri(new Uri("http://x"), mail.LinkTo("/account/wachtwoord-herstellen")).Query);
        (await host.Api().ResetPasswordAsync(new ResetPassword(Guid.Parse(query["user"]!), query["code"], NewPassword))).StatusCode.ShouldBe(HttpStatusCode.OK);

        await ShouldBeEndedAsync(browser, employer, tokens);
    }

    [Fact]
    public async Task A_password_change_through_the_api_ends_the_other_sessions_and_answers_with_new_tokens()
    {
        TestUser jobseeker = await host.UserAsync(Roles.Jobseeker);
        using HttpClient browser = await host.CookieClientAsync(jobseeker.Email, jobseeker.Password);
        AccessToken tokens = await TokensAsync(jobseeker);

        IApiResponse<AccessToken> wrong = await jobseeker.Api.ChangePasswordAsync(new ChangePassword("niet het huidige wachtwoord", NewPassword));
        wrong.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        ((ApiException)wrong.Error!).Content!.ShouldContain("currentPassword");
        await ShouldBeLiveAsync(browser, jobseeker);

        IApiResponse<AccessToken> changed = await jobseeker.Api.ChangePasswordAsync(new ChangePassword(jobseeker.Password, NewPassword));

        changed.StatusCode.ShouldBe(HttpStatusCode.OK);
        await ShouldBeEndedAsync(browser, jobseeker, tokens);
        (await jobseeker.Api.MeAsync()).StatusCode.ShouldBe(HttpStatusCode.Unauthorized, "the token that asked for the change is one of the old ones");
        (await BearerAsync(changed.Content!.Token).MeAsync()).StatusCode.ShouldBe(HttpStatusCode.OK, "the answer's token is a new session");
        (await host.Api().SignInAsync(new SignIn(jobseeker.Email, NewPassword))).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_password_change_on_the_page_keeps_this_browser_and_ends_the_others()
    {
        TestUser employer = await host.UserAsync(Roles.Employer);
        using HttpClient here = await host.CookieClientAsync(employer.Email, employer.Password);
        using HttpClient elsewhere = await host.CookieClientAsync(employer.Email, employer.Password);

        using HttpResponseMessage changed = await LaborHost.PostFormAsync(here, "/account/wachtwoord-wijzigen",
            new() { ["currentPassword"] = employer.Password, ["newPassword"] = NewPassword });

        changed.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await changed.Content.ReadAsStringAsync()).ShouldContain("Uw wachtwoord is gewijzigd");
        await ShouldBeLiveAsync(here, employer);
        (await elsewhere.GetAsync(new Uri("/werkgever", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.Redirect, "the other browser is signed out");
    }

    [Fact]
    public async Task Signing_out_on_the_page_ends_the_api_tokens_and_signing_out_through_the_api_ends_the_cookie()
    {
        TestUser employer = await host.UserAsync(Roles.Employer);
        using HttpClient browser = await host.CookieClientAsync(employer.Email, employer.Password);
        AccessToken tokens = await TokensAsync(employer);

        (await LaborHost.PostFormAsync(browser, "/account/uitloggen", new())).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await ShouldBeEndedAsync(browser, employer, tokens);

        using HttpClient again = await host.CookieClientAsync(employer.Email, employer.Password);
        ILaborApi api = await LaborClient.SignInAsync(host.CreateHttpClient(), employer.Email, employer.Password);
        (await api.SignOutAsync()).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await again.GetAsync(new Uri("/werkgever", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await api.MeAsync()).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task An_admin_changes_a_role_which_ends_the_sessions_and_holds_from_the_next_sign_in()
    {
        TestUser admin = await host.UserAsync(Roles.Admin);
        TestUser staff = await host.UserAsync(Roles.ProgrammeStaff);
        Guid staffId = (await staff.Api.MeAsync()).Content!.Id;

        (await admin.Api.ChangeRoleAsync(staffId, new RoleChange(Roles.Employer))).StatusCode.ShouldBe(HttpStatusCode.BadRequest, "an employer needs an organisation");
        (await staff.Api.MeAsync()).StatusCode.ShouldBe(HttpStatusCode.OK, "a refused change ends nothing");
        (await staff.Api.ChangeRoleAsync(staffId, new RoleChange(Roles.Admin))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        (await admin.Api.ChangeRoleAsync(staffId, new RoleChange(Roles.Admin))).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await staff.Api.MeAsync()).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        ILaborApi again = await LaborClient.SignInAsync(host.CreateHttpClient(), staff.Email, staff.Password);
        (await again.MeAsync()).Content!.Role.ShouldBe(Roles.Admin);
    }

    [Fact]
    public async Task Role_changes_are_refused_for_ones_own_account_a_jobseeker_and_an_unknown_account()
    {
        TestUser admin = await host.UserAsync(Roles.Admin);
        TestUser jobseeker = await host.UserAsync(Roles.Jobseeker);
        Guid adminId = (await admin.Api.MeAsync()).Content!.Id;
        Guid jobseekerId = (await jobseeker.Api.MeAsync()).Content!.Id;

        (await admin.Api.ChangeRoleAsync(adminId, new RoleChange(Roles.ProgrammeStaff))).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await admin.Api.ChangeRoleAsync(jobseekerId, new RoleChange(Roles.Employer, "Bakkerij"))).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await admin.Api.ChangeRoleAsync(Guid.NewGuid(), new RoleChange(Roles.Admin))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await admin.Api.ChangeRoleAsync(jobseekerId, new RoleChange("Koning"))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        (await admin.Api.MeAsync()).Content!.Role.ShouldBe(Roles.Admin);
        (await jobseeker.Api.MeAsync()).Content!.Role.ShouldBe(Roles.Jobseeker, "nothing changed, nothing ended");
    }

    [Fact]
    public async Task A_refresh_token_is_good_once_and_its_reuse_revokes_the_family_and_ends_the_sessions()
    {
        TestUser employer = await host.UserAsync(Roles.Employer);
        AccessToken first = await TokensAsync(employer);

        IApiResponse<AccessToken> second = await host.Api().RefreshAsync(new Refresh(first.RefreshToken));
        second.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await BearerAsync(second.Content!.Token).MeAsync()).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await host.Api().RefreshAsync(new Refresh(first.RefreshToken))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized, "a used token");

        (await host.Api().RefreshAsync(new Refresh(second.Content.RefreshToken))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized, "the family is revoked");
        (await BearerAsync(second.Content.Token).MeAsync()).StatusCode.ShouldBe(HttpStatusCode.Unauthorized, "and the account's sessions ended");
        (await employer.Api.MeAsync()).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await host.ScalarAsync<long>("SELECT count(*) FROM accounts.refresh_tokens t JOIN accounts.users u ON u.id = t.user_id WHERE u.email = $1 AND t.revoked_at IS NULL AND t.used_at IS NULL", employer.Email))
            .ShouldBe(1L, "only the sign-in of TestUser itself is left unrevoked");
    }

    [Theory]
    [InlineData("not a token")]
    [InlineData("CfDJ8AAAAAAAAAAAAAAAAAAAAAA")]
    public async Task A_made_up_refresh_token_is_401(string token) =>
        (await host.Api().RefreshAsync(new Refresh(token))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

    private async Task<AccessToken> TokensAsync(TestUser user) =>
        (await host.Api().SignInAsync(new SignIn(user.Email, user.Password))).Content!;

    private ILaborApi BearerAsync(string token)
    {
        HttpClient http = host.CreateHttpClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return LaborClient.Create(http);
    }

    private static async Task ShouldBeLiveAsync(HttpClient browser, TestUser user)
    {
        string page = user.Role == Roles.Employer ? "/werkgever" : "/mijn-profiel";
        (await browser.GetAsync(new Uri(page, UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private async Task ShouldBeEndedAsync(HttpClient browser, TestUser user, AccessToken tokens)
    {
        string page = user.Role == Roles.Employer ? "/werkgever" : "/mijn-profiel";
        using HttpResponseMessage opened = await browser.GetAsync(new Uri(page, UriKind.Relative));
        opened.StatusCode.ShouldBe(HttpStatusCode.Redirect, "the old cookie is refused");
        opened.Headers.Location!.ToString().ShouldContain("/account/inloggen");
        (await BearerAsync(tokens.Token).MeAsync()).StatusCode.ShouldBe(HttpStatusCode.Unauthorized, "the old access token is refused");
        (await host.Api().RefreshAsync(new Refresh(tokens.RefreshToken))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized, "the old refresh token is refused");
    }
}

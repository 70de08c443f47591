using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Labor.BuildingBlocks.Security;
using Labor.Client;
using Labor.Testing;

namespace Labor.IntegrationTests;

/// <summary>
/// The person controls their data: a download of everything from every module, erasure everywhere, and nothing kept
/// longer than needed (unconfirmed registrations after 7 days, unused profiles after 24 months and a warning).
/// </summary>
public sealed class JobseekerPrivacyTests(LaborHost host) : IClassFixture<LaborHost>
{
    private static readonly TimeSpan Delivery = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Download_my_data_holds_what_every_module_keeps_about_the_person()
    {
        TestUser jobseeker = await host.UserAsync(Roles.Jobseeker);
        await jobseeker.Api.SaveMyProfileAsync(SampleProfiles.Warehouse("Fenna Download") with { Gender = "woman" });
        await jobseeker.Api.SetMyConsentAsync(new Consent(true));

        var download = await jobseeker.Api.DownloadMyDataAsync();

        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        download.ContentHeaders!.ContentDisposition!.FileName.ShouldBe("labor-my-data.json");
        using JsonDocument data = JsonDocument.Parse(download.Content!);
        JsonElement modules = data.RootElement.GetProperty("modules");
        modules.GetProperty("accounts").GetProperty("email").GetString().ShouldBe(jobseeker.Email);
        modules.GetProperty("accounts").GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ShouldBe([Roles.Jobseeker]);
        modules.GetProperty("accounts").TryGetProperty("passwordHash", out _).ShouldBeFalse("never the password hash");
        modules.GetProperty("accounts").GetProperty("signInsForTheApi").GetArrayLength().ShouldBe(1, "the API sign-in of this test user (ADR 13)");
        modules.GetProperty("accounts").GetProperty("wrongPasswordsByDevice").GetArrayLength().ShouldBe(0);
        JsonElement profile = modules.GetProperty("jobseekers");
        profile.GetProperty("name").GetString().ShouldBe("Fenna Download");
        profile.GetProperty("postcode").GetString().ShouldBe("8261 AA");
        profile.GetProperty("gender").GetString().ShouldBe("woman");
        profile.GetProperty("skills").EnumerateArray().Select(s => s.GetProperty("uri").GetString()).ShouldContain(SampleVacancies.OrderPicking);
        profile.GetProperty("consentHistory").EnumerateArray().ShouldHaveSingleItem().GetProperty("consented").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task The_download_of_my_data_is_kept_in_no_cache_from_the_api_and_from_the_page()
    {
        TestUser jobseeker = await host.UserAsync(Roles.Jobseeker);
        await jobseeker.Api.SaveMyProfileAsync(SampleProfiles.Warehouse("Cas Cache"));

        var api = await jobseeker.Api.DownloadMyDataAsync();
        using HttpClient browser = await host.CookieClientAsync(jobseeker.Email, jobseeker.Password);
        using HttpResponseMessage page = await browser.GetAsync(new Uri("/privacy?handler=download", UriKind.Relative));

        api.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.Content.Headers.ContentDisposition!.FileName.ShouldBe("labor-my-data.json");
        (await page.Content.ReadAsStringAsync()).ShouldContain("Cas Cache");
        foreach (HttpResponseHeaders headers in new[] { api.Headers!, page.Headers })
        {
            headers.CacheControl.ShouldNotBeNull().NoStore.ShouldBeTrue();
            headers.Pragma.ShouldContain(new NameValueHeaderValue("no-cache"));
        }
    }

    [Fact]
    public async Task Delete_my_account_leaves_the_name_and_address_in_no_table_of_any_schema_and_in_no_queue()
    {
        string name = $"Ilse Wisbaar{Guid.NewGuid():N}"[..24];
        TestUser jobseeker = await host.UserAsync(Roles.Jobseeker);
        JobseekerProfile profile = (await jobseeker.Api.SaveMyProfileAsync(SampleProfiles.Warehouse(name))).Content!;
        await jobseeker.Api.SetMyConsentAsync(new Consent(true));
        (await host.TablesContainingAsync(name)).ShouldBe(["jobseekers.jobseekers"], "before: only the profile holds the name");
        (await host.TablesContainingAsync(jobseeker.Email)).ShouldBe(["accounts.users"], "before: only the account holds the address");

        (await jobseeker.Api.EraseMeAsync()).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        await Eventually.TrueAsync(async () => await host.ScalarAsync<long>("SELECT count(*) FROM accounts.users WHERE id = $1", profile.Id) == 0,
            Delivery, "Accounts deletes the account on JobseekerErased");
        (await host.TablesContainingAsync(name)).ShouldBeEmpty();
        (await host.TablesContainingAsync(jobseeker.Email)).ShouldBeEmpty();
        (await host.QueuesContainingAsync(name)).ShouldBeEmpty();
        (await host.QueuesContainingAsync(jobseeker.Email)).ShouldBeEmpty();
        host.Logs.Lines.ShouldNotContain(line => line.Contains(name, StringComparison.OrdinalIgnoreCase) || line.Contains(jobseeker.Email, StringComparison.OrdinalIgnoreCase));
        (await host.ScalarAsync<long>("SELECT count(*) FROM jobseekers.consent_changes WHERE jobseeker_id = $1", profile.Id)).ShouldBe(0);
        (await host.ScalarAsync<long>("SELECT count(*) FROM accounts.refresh_tokens WHERE user_id = $1", profile.Id)).ShouldBe(0, "its API sign-ins go with the account");
        (await host.ScalarAsync<string>("SELECT reason FROM jobseekers.erasures WHERE jobseeker_id = $1", profile.Id)).ShouldBe("request");

        (await jobseeker.Api.GetMyProfileAsync()).StatusCode.ShouldBe(HttpStatusCode.Unauthorized, "a token still held opens nothing: its account is gone");
        (await host.ScalarAsync<long>("SELECT count(*) FROM jobseekers.jobseekers WHERE id = $1", profile.Id)).ShouldBe(0);
        (await host.Api().SignInAsync(new SignIn(jobseeker.Email, jobseeker.Password))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await jobseeker.Api.EraseMeAsync()).StatusCode.ShouldBe(HttpStatusCode.Unauthorized, "nor can it erase anything again");
    }

    [Fact]
    public async Task A_registration_not_confirmed_within_7_days_is_removed()
    {
        string stale = $"oud-{Guid.NewGuid():N}@test.example";
        string fresh = $"nieuw-{Guid.NewGuid():N}@test.example";
        foreach (string email in new[] { stale, fresh })
        {
            (await host.Api().RegisterAsync(new SignUp(email, LaborHost.TestPassword, "jobseeker", null, "nl"))).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        }

        TestUser confirmed = await host.UserAsync(Roles.Jobseeker);
        await host.ScalarAsync<int>("UPDATE accounts.users SET created_at = now() - interval '8 days' WHERE email IN ($1, $2)", stale, confirmed.Email);

        await host.RunRecurringJobAsync("accounts-unconfirmed");

        (await host.ScalarAsync<long>("SELECT count(*) FROM accounts.users WHERE email = $1", stale)).ShouldBe(0);
        (await host.ScalarAsync<long>("SELECT count(*) FROM accounts.users WHERE email = $1", fresh)).ShouldBe(1, "still within its 7 days");
        (await host.ScalarAsync<long>("SELECT count(*) FROM accounts.users WHERE email = $1", confirmed.Email)).ShouldBe(1, "confirmed accounts stay");
    }

    [Fact]
    public async Task An_unused_profile_is_warned_by_mail_then_erased_unless_its_owner_comes_back()
    {
        TestUser leaving = await host.UserAsync(Roles.Jobseeker);
        TestUser returning = await host.UserAsync(Roles.Jobseeker);
        Guid leavingId = (await leaving.Api.SaveMyProfileAsync(SampleProfiles.Warehouse("Weg Blijver"))).Content!.Id;
        Guid returningId = (await returning.Api.SaveMyProfileAsync(SampleProfiles.Warehouse("Terug Komer"))).Content!.Id;
        await host.ScalarAsync<int>("UPDATE jobseekers.jobseekers SET last_active_at = now() - interval '23 months' - interval '5 days' WHERE id IN ($1, $2)", leavingId, returningId);

        await host.RunRecurringJobAsync("jobseekers-inactive");
        await host.RunRecurringJobAsync("jobseekers-inactive");

        ReceivedMail warning = (await host.Mailbox.WaitForAsync(leaving.Email)).ShouldHaveSingleItem("warned once, however often the job runs");
        warning.Subject.ShouldBe("Uw profiel bij Labor wordt verwijderd");
        warning.LinkTo("/account/inloggen").ShouldBe("/account/inloggen?returnUrl=%2Fmijn-profiel");
        (await host.Mailbox.WaitForAsync(returning.Email)).ShouldHaveSingleItem();
        (await host.ScalarAsync<long>("SELECT count(*) FROM jobseekers.jobseekers WHERE id = $1", leavingId)).ShouldBe(1, "warned, not yet erased");

        (await returning.Api.GetMyProfileAsync()).StatusCode.ShouldBe(HttpStatusCode.OK, "coming back undoes the warning");
        await host.ScalarAsync<int>("UPDATE jobseekers.jobseekers SET last_active_at = now() - interval '25 months', inactivity_warned_at = now() - interval '31 days' WHERE id = $1", leavingId);

        await host.RunRecurringJobAsync("jobseekers-inactive");

        (await host.ScalarAsync<string>("SELECT reason FROM jobseekers.erasures WHERE jobseeker_id = $1", leavingId)).ShouldBe("inactive");
        await Eventually.TrueAsync(async () => await host.ScalarAsync<long>("SELECT count(*) FROM accounts.users WHERE id = $1", leavingId) == 0,
            Delivery, "the account goes too");
        (await host.ScalarAsync<long>("SELECT count(*) FROM jobseekers.jobseekers WHERE id = $1 AND inactivity_warned_at IS NULL", returningId)).ShouldBe(1);
    }
}

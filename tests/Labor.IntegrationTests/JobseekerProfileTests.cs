using System.Net;
using System.Text.Json;
using Labor.BuildingBlocks.Security;
using Labor.Client;
using Labor.Testing;

namespace Labor.IntegrationTests;

/// <summary>A jobseeker keeps their own profile over the API; every change goes through the outbox onto the broker.</summary>
public sealed class JobseekerProfileTests(LaborHost host) : IClassFixture<LaborHost>
{
    private static readonly TimeSpan Delivery = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_confirmed_jobseeker_joins_the_pool_on_first_use_and_keeps_a_profile()
    {
        TestUser jobseeker = await host.UserAsync(Roles.Jobseeker);

        JobseekerProfile empty = (await jobseeker.Api.GetMyProfileAsync()).Content!;
        empty.Email.ShouldBe(jobseeker.Email);
        empty.Name.ShouldBeNull();
        empty.ReadyForMatching.ShouldBeFalse("an empty profile is not matched");
        empty.Consented.ShouldBeFalse("consent is never assumed");

        var saved = await jobseeker.Api.SaveMyProfileAsync(SampleProfiles.Warehouse() with { AgeBand = "36-45", Gender = "woman" });

        saved.StatusCode.ShouldBe(HttpStatusCode.OK, (saved.Error as Refit.ApiException)?.Content);
        JobseekerProfile profile = saved.Content!;
        profile.Name.ShouldBe("Sanne de Vries");
        profile.Postcode.ShouldBe("8261 AA");
        profile.Municipality.ShouldBe("Kampen", "placed through the (local) PDOK");
        profile.Experience.ShouldHaveSingleItem().Label.ShouldBe("magazijnmedewerker");
        profile.Skills.Select(s => s.Uri).ShouldBe([SampleVacancies.OrderPicking, SampleVacancies.LoadAndUnload]);
        profile.DigestFrequency.ShouldBe("weekly");
        profile.ReadyForMatching.ShouldBeTrue();
        (await jobseeker.Api.GetMyProfileAsync()).Content.ShouldBeEquivalentTo(profile);

        await Eventually.TrueAsync(async () => await SentAsync("JobseekerRegistered", profile.Id) == 1 && await SentAsync("JobseekerProfileChanged", profile.Id) == 1,
            Delivery, "JobseekerRegistered and JobseekerProfileChanged published through the outbox");
        string payload = (await host.ScalarAsync<string>(
            "SELECT payload::text FROM jobseekers.outbox_messages WHERE type LIKE '%JobseekerProfileChanged%' AND payload->>'jobseekerId' = $1", profile.Id.ToString()))!;
        payload.ShouldNotContain("Sanne", Case.Insensitive, "events never carry the name");
        payload.ShouldNotContain(jobseeker.Email, Case.Insensitive, "nor the e-mail address");
        payload.ShouldNotContain("8261", Case.Sensitive, "nor the postcode");
        using JsonDocument changed = JsonDocument.Parse(payload);
        changed.RootElement.GetProperty("profile").GetProperty("municipality").GetString().ShouldBe("Kampen");
        changed.RootElement.GetProperty("profile").GetProperty("fairness").GetProperty("ageBand").GetString().ShouldBe("36-45");
    }

    [Fact]
    public async Task Until_the_address_is_confirmed_there_is_no_jobseeker_to_match_show_or_mail()
    {
        string email = $"onbevestigd-{Guid.NewGuid():N}@test.example";
        (await host.Api().RegisterAsync(new SignUp(email, LaborHost.TestPassword, "jobseeker"))).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        Guid account = (await host.ScalarAsync<Guid?>("SELECT id FROM accounts.users WHERE email = $1", email))!.Value;

        (await host.Api().SignInAsync(new SignIn(email, LaborHost.TestPassword))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        (await host.ScalarAsync<long>("SELECT count(*) FROM jobseekers.jobseekers WHERE id = $1", account)).ShouldBe(0);
        (await host.ScalarAsync<long>("SELECT count(*) FROM jobseekers.outbox_messages WHERE payload->>'jobseekerId' = $1", account.ToString())).ShouldBe(0);
    }

    [Fact]
    public async Task A_postcode_saved_during_a_geocoder_outage_is_placed_by_the_hourly_job()
    {
        TestUser jobseeker = await host.UserAsync(Roles.Jobseeker);
        Guid id = (await jobseeker.Api.SaveMyProfileAsync(SampleProfiles.Warehouse())).Content!.Id;
        // As the outage left it: no point of its own, the centre of the municipality the person chose standing in.
        await host.ScalarAsync<int>(
            "UPDATE jobseekers.jobseekers SET profile_awaits_geocoder = true, profile_latitude = 52.0, profile_longitude = 6.0, profile_municipality = 'Zwolle' WHERE id = $1", id);

        await host.RunRecurringJobAsync("jobseekers-place-postcodes");

        JobseekerProfile placed = (await jobseeker.Api.GetMyProfileAsync()).Content!;
        placed.AwaitsGeocoder.ShouldBeFalse();
        placed.Municipality.ShouldBe("Kampen", "the postcode decides");
        (await host.ScalarAsync<double>("SELECT profile_latitude FROM jobseekers.jobseekers WHERE id = $1", id)).ShouldBe(52.5553, tolerance: 0.01);
        await Eventually.TrueAsync(async () => await SentAsync("JobseekerProfileChanged", id) == 2, Delivery, "matching hears of the new point");
    }

    [Fact]
    public async Task Consent_is_separate_revocable_and_dated_with_its_history_kept()
    {
        TestUser jobseeker = await host.UserAsync(Roles.Jobseeker);
        await jobseeker.Api.SaveMyProfileAsync(SampleProfiles.Warehouse());

        JobseekerProfile given = (await jobseeker.Api.SetMyConsentAsync(new Consent(true))).Content!;
        JobseekerProfile again = (await jobseeker.Api.SetMyConsentAsync(new Consent(true))).Content!;
        JobseekerProfile withdrawn = (await jobseeker.Api.SetMyConsentAsync(new Consent(false))).Content!;

        given.Consented.ShouldBeTrue();
        given.ConsentChangedAt.ShouldNotBeNull();
        again.ConsentChangedAt.ShouldBe(given.ConsentChangedAt, "giving consent twice changes nothing");
        withdrawn.Consented.ShouldBeFalse();
        withdrawn.ConsentChangedAt!.Value.ShouldBeGreaterThanOrEqualTo(given.ConsentChangedAt!.Value);
        (await host.ScalarAsync<string>("SELECT string_agg(consented::text, ',' ORDER BY id) FROM jobseekers.consent_changes WHERE jobseeker_id = $1", given.Id)).ShouldBe("true,false");
        await Eventually.TrueAsync(async () => await SentAsync("JobseekerConsentChanged", given.Id) == 2, Delivery, "two consent events");
        (await jobseeker.Api.SetMyConsentAsync(new Consent(null))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    public static TheoryData<string, Func<ProfileDraft, ProfileDraft>> BadProfiles => new()
    {
        { "postcode", p => p with { Postcode = "80111 PK" } },
        { "postcode", p => p with { Postcode = "1234 SS" } },
        { "postcode", p => p with { Postcode = "9999 ZZ" } }, // well-formed, but PDOK knows no such postcode
        { "hoursMin", p => p with { HoursMin = 38, HoursMax = 24 } },
        { "hoursMax", p => p with { HoursMax = 80 } },
        { "skills[0]", p => p with { Skills = ["urn:labor:skill:juggling-chainsaws"] } },
        { "skills", p => p with { Skills = [SampleVacancies.OrderPicking, SampleVacancies.OrderPicking] } },
        { "experience[0].occupation", p => p with { Experience = [new ExperienceEntry("http://data.europa.eu/esco/occupation/not-an-occupation", 3)] } },
        { "experience[0].years", p => p with { Experience = [new ExperienceEntry(SampleProfiles.WarehouseWorker, -1)] } },
        { "maxTravelKm", p => p with { MaxTravelKm = 0 } },
        { "maxTravelKm", p => p with { MaxTravelKm = 151 } },
        { "name", p => p with { Name = " " } },
        { "educationLevel", p => p with { EducationLevel = "phd-in-everything" } },
        { "sectorTables[0]", p => p with { SectorTables = ["Ruimtevaart"] } },
        { "situation", p => p with { Situation = "retired" } },
        { "digestFrequency", p => p with { DigestFrequency = "hourly" } },
        { "ageBand", p => p with { AgeBand = "12-17" } },
        { "gender", p => p with { Gender = "unknown" } },
        { "language", p => p with { Language = "de" } },
        { "availableFrom", p => p with { AvailableFrom = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(3) } },
    };

    [Theory]
    [MemberData(nameof(BadProfiles))]
    public async Task A_bad_profile_gets_a_400_naming_the_field_and_changes_nothing(string field, Func<ProfileDraft, ProfileDraft> spoil)
    {
        TestUser jobseeker = await host.UserAsync(Roles.Jobseeker);
        JobseekerProfile before = (await jobseeker.Api.SaveMyProfileAsync(SampleProfiles.Warehouse())).Content!;
        long eventsBefore = await host.ScalarAsync<long>("SELECT count(*) FROM jobseekers.outbox_messages WHERE payload->>'jobseekerId' = $1", before.Id.ToString());

        var refused = await jobseeker.Api.SaveMyProfileAsync(spoil(SampleProfiles.Warehouse("Iemand Anders") with { Language = "en" }));

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        using JsonDocument problem = JsonDocument.Parse(((Refit.ApiException)refused.Error!).Content!);
        problem.RootElement.GetProperty("errors").EnumerateObject().Select(e => e.Name).ShouldContain(field);
        JobseekerProfile after = (await jobseeker.Api.GetMyProfileAsync()).Content!;
        after.ShouldBeEquivalentTo(before, "nothing of the rejected request is stored, not even the language");
        (await host.ScalarAsync<long>("SELECT count(*) FROM jobseekers.outbox_messages WHERE payload->>'jobseekerId' = $1", before.Id.ToString())).ShouldBe(eventsBefore);
    }

    [Fact]
    public async Task Only_a_jobseeker_has_a_profile_and_only_their_own()
    {
        TestUser employer = await host.UserAsync(Roles.Employer);
        TestUser first = await host.UserAsync(Roles.Jobseeker);
        TestUser second = await host.UserAsync(Roles.Jobseeker);
        await first.Api.SaveMyProfileAsync(SampleProfiles.Warehouse("Eerste Persoon"));

        (await host.Api().GetMyProfileAsync()).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await employer.Api.GetMyProfileAsync()).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await employer.Api.SaveMyProfileAsync(SampleProfiles.Warehouse())).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await employer.Api.DownloadMyDataAsync()).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await employer.Api.EraseMeAsync()).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        JobseekerProfile others = (await second.Api.GetMyProfileAsync()).Content!;
        others.Name.ShouldBeNull("a jobseeker sees their own profile, never another's");
        others.Email.ShouldBe(second.Email);
    }

    [Fact]
    public async Task The_profile_and_privacy_pages_speak_english_on_request()
    {
        TestUser jobseeker = await host.UserAsync(Roles.Jobseeker);
        using HttpClient browser = await host.CookieClientAsync(jobseeker.Email, jobseeker.Password);

        string profile = await browser.GetStringAsync(new Uri("/mijn-profiel?culture=en", UriKind.Relative));
        string privacy = await browser.GetStringAsync(new Uri("/privacy?culture=en", UriKind.Relative));

        profile.ShouldContain("<h1>My profile</h1>");
        profile.ShouldContain("Why we ask: only to check that the matching treats people of every age and gender fairly.");
        privacy.ShouldContain("Download my data");
        privacy.ShouldContain("What we keep, and why");
    }

    private Task<long> SentAsync(string type, Guid jobseekerId) =>
        host.ScalarAsync<long>("SELECT count(*) FROM jobseekers.outbox_messages WHERE type LIKE $1 AND payload->>'jobseekerId' = $2 AND sent_at IS NOT NULL",
            $"%.{type},%", jobseekerId.ToString());
}

using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Labor.BuildingBlocks.Security;
using Labor.Client;
using Labor.Testing;
using Refit;
using Match = Labor.Client.Match;

namespace Labor.IntegrationTests;

/// <summary>The daily and weekly digests as the real SMTP server receives them: content, once only, one-click unsubscribe.</summary>
public sealed partial class DigestTests(LaborHost host) : IClassFixture<LaborHost>
{
    private static readonly TimeSpan Seconds = TimeSpan.FromSeconds(30);

    private static readonly string[] Titles =
    [
        "Orderpicker", "Magazijnmedewerker", "Heftruckchauffeur", "Expeditiemedewerker", "Reachtruckchauffeur", "Voorraadbeheerder",
        "Inslagmedewerker", "Uitslagmedewerker", "Retourverwerker", "Ploegleider", "Laadmeester", "Emballagemedewerker",
    ];

    [Fact]
    public async Task A_daily_digest_mails_the_ten_best_new_fits_then_the_rest_next_day_and_nothing_twice()
    {
        TestUser employer = await host.UserAsync(Roles.Employer);
        (await employer.Api.SaveOrganisationAsync(new OrganisationProfile(
            "Distributiecentrum <Hanze> & Co", "12345678", "Havenweg 1", "8011 PK", "Zwolle", "Ans de Vries", "ans@dc.example", null))).StatusCode.ShouldBe(HttpStatusCode.OK);
        TestUser jobseeker = await host.UserAsync(Roles.Jobseeker);
        Guid jobseekerId = (await jobseeker.Api.SaveMyProfileAsync(SampleProfiles.Warehouse("Daan Dagelijks") with { DigestFrequency = "daily" })).Content!.Id;
        for (int i = 1; i <= Titles.Length; i++)
        {
            // Titles that differ (or the bank would flag near-duplicates) and hours that fit more or less well (up to 36,
            // so the other test's person, who wants 38 to 40, never fits them).
            (await employer.Api.CreateVacancyAsync(SampleVacancies.Forklift(Titles[i - 1]) with { HoursMin = 12 + i, HoursMax = 24 + i })).IsSuccessStatusCode.ShouldBeTrue();
        }

        await Eventually.ReturnsAsync(async () => (await jobseeker.Api.MyMatchesAsync()).Content!.Count, count => count == Titles.Length, Seconds, "a match for every vacancy");
        IReadOnlyList<Match> matches = (await jobseeker.Api.MyMatchesAsync()).Content!;

        await RunDigestsAsync("matching-digests-daily", jobseeker, employer);

        ReceivedMail mail = (await host.Mailbox.WaitForAsync(jobseeker.Email)).Single();
        mail.Subject.ShouldBe("10 nieuwe vacatures die bij u passen");
        mail.Headers["list-unsubscribe"].ShouldMatch(@"^<http://127\.0\.0\.1:\d+/uitschrijven/[A-Za-z0-9_-]+>$");
        mail.Headers["list-unsubscribe-post"].ShouldBe("List-Unsubscribe=One-Click");
        VacancyLinks(mail.Text).ShouldBe([.. matches.Take(10).Select(m => m.VacancyId)], "the ten best, best first, in the text part");
        VacancyLinks(mail.Html).Distinct().ShouldBe([.. matches.Take(10).Select(m => m.VacancyId)], "the same in the HTML part");
        mail.Text.ShouldContain("Distributiecentrum <Hanze> & Co");
        mail.Html.ShouldContain("Distributiecentrum &lt;Hanze&gt; &amp; Co", Case.Sensitive, "values are escaped, never markup");
        mail.Html.ShouldContain("<html lang=\"nl\">");
        mail.Html.ShouldContain("max-width:600px");
        mail.Text.ShouldContain("Zwolle, ");
        mail.Text.ShouldContain(" km van huis");
        mail.Text.ShouldContain("U beheerst laden en lossen, orderpicken");
        mail.Text.ShouldContain("Nog te leren: heftruck besturen");
        mail.Text.ShouldContain("/mijn-profiel#digestFrequency", Case.Sensitive, "a link to the frequency preferences");
        mail.Text.ShouldContain(mail.Headers["list-unsubscribe"].Trim('<', '>'));

        await RunDigestsAsync("matching-digests-daily", jobseeker, employer);
        IReadOnlyList<ReceivedMail> mails = await host.Mailbox.WaitForAsync(jobseeker.Email, 2);
        ReceivedMail second = mails.Single(m => m.Subject != mail.Subject);
        second.Subject.ShouldBe("2 nieuwe vacatures die bij u passen");
        VacancyLinks(second.Text).ShouldBe([.. matches.Skip(10).Select(m => m.VacancyId)], "only what was not mailed before");

        await RunDigestsAsync("matching-digests-daily", jobseeker, employer);
        (await host.Mailbox.ToAsync(jobseeker.Email)).Count.ShouldBe(2, "no new fits, no mail");
        (await host.ScalarAsync<long>("SELECT count(*) FROM matching.mailed_fits WHERE jobseeker_id = $1", jobseekerId)).ShouldBe(12);

        JsonElement sent = await LastDigestSentAsync();
        sent.GetProperty("frequency").GetString().ShouldBe("daily");
        sent.GetProperty("digests").GetInt32().ShouldBe(0, "the third day's run found nothing new");
        JsonElement first = JsonDocument.Parse(await host.ScalarAsync<string>(
            "SELECT payload FROM matching.outbox_messages WHERE type LIKE '%DigestSent%' AND payload::jsonb ->> 'runId' = " +
            "(SELECT run_id::text FROM matching.sent_digests WHERE jobseeker_id = $1 ORDER BY sent_at LIMIT 1)", jobseekerId) ?? "{}").RootElement;
        first.GetProperty("digests").GetInt32().ShouldBe(1);
        first.GetProperty("fits").GetInt32().ShouldBe(10);
        JsonElement sector = first.GetProperty("sectors").EnumerateArray().Single(s => s.GetProperty("sectorTable").GetString() == "Transport & Logistiek");
        sector.GetProperty("digests").GetInt32().ShouldBe(1);
        sector.GetProperty("fits").GetInt32().ShouldBe(10);

        using JsonDocument data = JsonDocument.Parse((await jobseeker.Api.DownloadMyDataAsync()).Content!);
        JsonElement digests = data.RootElement.GetProperty("modules").GetProperty("matching").GetProperty("digests");
        digests.EnumerateArray().Select(d => d.GetProperty("vacancies").GetArrayLength()).ShouldBe([10, 2], "the digests mailed, in \"download my data\"");
    }

    [Fact]
    public async Task An_English_digest_and_a_one_click_unsubscribe_that_counts_at_once()
    {
        TestUser employer = await host.UserAsync(Roles.Employer);
        TestUser jobseeker = await host.UserAsync(Roles.Jobseeker);
        // Hours no vacancy of the other test offers, so each test's person sees only their own test's vacancies.
        await jobseeker.Api.SaveMyProfileAsync(SampleProfiles.Warehouse("Erin English") with { DigestFrequency = "daily", Language = "en", HoursMin = 38, HoursMax = 40 });
        Vacancy vacancy = (await employer.Api.CreateVacancyAsync(SampleVacancies.Forklift("Order picker days") with { HoursMin = 38, HoursMax = 40 })).Content!;
        await Eventually.TrueAsync(async () => (await jobseeker.Api.MyMatchesAsync()).Content!.Any(m => m.VacancyId == vacancy.Id), Seconds, "the match");

        await RunDigestsAsync("matching-digests-daily", jobseeker, employer);

        ReceivedMail mail = (await host.Mailbox.WaitForAsync(jobseeker.Email)).Single();
        mail.Subject.ShouldBe("1 new vacancy that fits you");
        mail.Html.ShouldContain("<html lang=\"en\">");
        mail.Text.ShouldContain("km from home");
        mail.Text.ShouldContain("Unsubscribe: ");
        // The link names the configured public address; the test host listens elsewhere.
        Uri unsubscribe = new(host.BaseAddress, new Uri(mail.Headers["list-unsubscribe"].Trim('<', '>')).PathAndQuery);

        using var anyone = new HttpClient(); // a mail client: no cookie, no antiforgery token
        using (HttpResponseMessage page = await anyone.GetAsync(unsubscribe))
        {
            page.StatusCode.ShouldBe(HttpStatusCode.OK);
            (await jobseeker.Api.GetMyProfileAsync()).Content!.DigestFrequency.ShouldBe("daily", "opening the link only asks");
        }

        using var oneClick = new FormUrlEncodedContent(new Dictionary<string, string> { ["List-Unsubscribe"] = "One-Click" });
        (await anyone.PostAsync(unsubscribe, oneClick)).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await jobseeker.Api.GetMyProfileAsync()).Content!.DigestFrequency.ShouldBe("off", "honoured at once");
        await employer.Api.CreateVacancyAsync(SampleVacancies.Forklift("Order picker nights") with { HoursMin = 38, HoursMax = 40 });
        await Eventually.TrueAsync(async () => (await jobseeker.Api.MyMatchesAsync()).Content!.Count == 2, Seconds, "a new match after unsubscribing");
        await RunDigestsAsync("matching-digests-daily", jobseeker, employer);
        (await host.Mailbox.ToAsync(jobseeker.Email)).Count.ShouldBe(1, "no mail after unsubscribing");
    }

    [Fact]
    public async Task A_forged_or_mangled_unsubscribe_token_is_a_clear_400_and_changes_nothing()
    {
        using var anyone = new HttpClient { BaseAddress = host.BaseAddress };
        using (HttpResponseMessage page = await anyone.GetAsync(new Uri("/uitschrijven/not-a-token", UriKind.Relative)))
        {
            page.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            (await page.Content.ReadAsStringAsync()).ShouldContain("Deze link werkt niet");
        }

        using var oneClick = new FormUrlEncodedContent(new Dictionary<string, string> { ["List-Unsubscribe"] = "One-Click" });
        (await anyone.PostAsync(new Uri("/uitschrijven/AAAA", UriKind.Relative), oneClick)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        IApiResponse forged = await host.Api().UnsubscribeFromDigestsAsync(new DigestUnsubscribe("eyJqb2JzZWVrZXIiOiIxIn0"));
        forged.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        ((ApiException)forged.Error!).Content!.ShouldContain("\"token\"");
        (await host.Api().UnsubscribeFromDigestsAsync(new DigestUnsubscribe(null))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    /// <summary>Tomorrow's run (a run is one day's), with these users signed in again.</summary>
    private async Task RunDigestsAsync(string recurringJobId, params TestUser[] users)
    {
        await host.NextDayAsync(users);
        int finished = await FinishedRunsAsync();
        await host.RunRecurringJobAsync(recurringJobId);
        await Eventually.TrueAsync(async () => await FinishedRunsAsync() > finished, Seconds, $"{recurringJobId}'s run to finish");
    }

    private async Task<int> FinishedRunsAsync() => (int)await host.ScalarAsync<long>("SELECT count(*) FROM matching.digest_runs WHERE finished_at IS NOT NULL");

    private async Task<JsonElement> LastDigestSentAsync() => JsonDocument.Parse(await host.ScalarAsync<string>(
        "SELECT payload FROM matching.outbox_messages WHERE type LIKE '%DigestSent%' ORDER BY occurred_at DESC LIMIT 1") ?? "{}").RootElement;

    private static List<Guid> VacancyLinks(string body) =>
        [.. VacancyLink().Matches(body).Select(m => Guid.Parse(m.Groups[1].Value))];

    [GeneratedRegex(@"/vacatures/([0-9a-f-]{36})")]
    private static partial Regex VacancyLink();
}

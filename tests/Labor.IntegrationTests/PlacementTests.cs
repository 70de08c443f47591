using System.Net;
using Labor.BuildingBlocks.Security;
using Labor.Client;
using Labor.Testing;

namespace Labor.IntegrationTests;

/// <summary>
/// Placements (issue 20, ADR 20): an employer marks a candidate hired, a person reports new work, and the two
/// reports of one hire are one placement that other modules hear of and that leaves with the person.
/// </summary>
public sealed class PlacementTests(LaborHost host) : IClassFixture<LaborHost>
{
    private const string Nurse = "http://data.europa.eu/esco/occupation/8d3e8aaa-791b-4c75-a465-f3f827028f50";

    private static readonly TimeSpan Seconds = TimeSpan.FromSeconds(30);

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>A consenting candidate of a new vacancy, known to matching and to outcomes.</summary>
    private async Task<(TestUser Employer, TestUser Person, Guid PersonId, Vacancy Vacancy)> CandidateAsync(string name, ProfileDraft? profile = null)
    {
        TestUser person = await host.UserAsync(Roles.Jobseeker);
        Guid personId = (await person.Api.SaveMyProfileAsync(profile ?? SampleProfiles.Warehouse(name))).Content!.Id;
        await person.Api.SetMyConsentAsync(new Consent(true));
        TestUser employer = await host.UserAsync(Roles.Employer);
        Vacancy vacancy = (await employer.Api.CreateVacancyAsync(SampleVacancies.Forklift("Orderpicker " + name) with { HoursMin = 24, HoursMax = 32 })).Content!;
        await Eventually.TrueAsync(async () => ((await employer.Api.CandidatesAsync(vacancy.Id)).Content ?? []).Any(c => c.JobseekerId == personId),
            Seconds, "the person among the vacancy's candidates");
        await Eventually.TrueAsync(async () => await host.ScalarAsync<long>(
                "SELECT (SELECT count(*) FROM outcomes.vacancies WHERE vacancy_id = $1) + (SELECT count(*) FROM outcomes.people WHERE jobseeker_id = $2 AND profile_changed_at IS NOT NULL)",
                vacancy.Id, personId) == 2,
            Seconds, "the vacancy and the person's origin known to outcomes");
        return (employer, person, personId, vacancy);
    }

    private Task<long> PlacementsOfAsync(Guid personId) => host.ScalarAsync<long>("SELECT count(*) FROM outcomes.placements WHERE jobseeker_id = $1", personId);

    [Fact]
    public async Task A_hire_reported_by_employer_and_person_is_one_placement_that_the_profile_and_the_candidates_page_follow()
    {
        (TestUser employer, TestUser person, Guid personId, Vacancy vacancy) = await CandidateAsync("Eén Aanname", SampleProfiles.Warehouse("Eén Aanname") with { Situation = "uwv-benefit" });
        DateOnly start = Today.AddDays(14);

        var hired = await employer.Api.HireAsync(new Hire(vacancy.Id, personId, start));

        hired.StatusCode.ShouldBe(HttpStatusCode.Created);
        hired.Content!.Name.ShouldBe("Eén Aanname");
        hired.Content.HoursPerWeek.ShouldBe(32, "the vacancy's most hours when none are given");
        (await employer.Api.HireAsync(new Hire(vacancy.Id, personId, start))).StatusCode.ShouldBe(HttpStatusCode.OK, "hiring twice is the same hire");
        var reported = await person.Api.ReportNewWorkAsync(new NewWorkReport(vacancy.Id, null, null, start.AddDays(3), 32));
        reported.StatusCode.ShouldBe(HttpStatusCode.OK, "the person's report of the same hire merges into the employer's");
        reported.Content!.ReportedBy.ShouldBe("both");
        reported.Content.StartDate.ShouldBe(start, "the employer's word counts for the start");
        reported.Content.ProposedByMatch.ShouldBeTrue();
        reported.Content.CrossedSectors.ShouldBeFalse("from warehouse work into Transport & Logistiek");
        (await PlacementsOfAsync(personId)).ShouldBe(1);
        (await host.ScalarAsync<string>("SELECT from_situation FROM outcomes.placements WHERE jobseeker_id = $1", personId)).ShouldBe("uwv-benefit", "where the person came from, copied when hired");
        (await employer.Api.OurHiresAsync()).Content!.Single().PlacementId.ShouldBe(hired.Content.PlacementId);

        JobseekerProfile profile = await Eventually.ReturnsAsync(async () => (await person.Api.GetMyProfileAsync()).Content!,
            p => p.Situation == "employed", Seconds, "the profile following the placement");
        profile.DigestFrequency.ShouldBe("off", "digests pause after new work unless the person chose job to job");
        await Eventually.TrueAsync(async () => (await employer.Api.CandidatesAsync(vacancy.Id)).Content!.Single(c => c.JobseekerId == personId).Verdict == "hired",
            Seconds, "the candidates page shows the hire");
        (await employer.Api.SetCandidateVerdictAsync(vacancy.Id, personId, new CandidateVerdict("not-suitable"))).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await employer.Api.CandidatesAsync(vacancy.Id)).Content!.Single(c => c.JobseekerId == personId).Verdict.ShouldBe("hired", "a verdict does not undo a hire");
    }

    [Fact]
    public async Task Work_found_elsewhere_in_another_sector_crosses_sectors_and_a_person_who_chose_job_to_job_keeps_their_digests()
    {
        TestUser person = await host.UserAsync(Roles.Jobseeker);
        Guid personId = (await person.Api.SaveMyProfileAsync(SampleProfiles.Warehouse("Naar De Zorg") with { AfterNewWork = "job-to-job", Situation = "social-assistance" })).Content!.Id;
        await Eventually.TrueAsync(async () => await host.ScalarAsync<long>("SELECT count(*) FROM outcomes.people WHERE jobseeker_id = $1 AND situation = 'social-assistance'", personId) == 1,
            Seconds, "the person's origin known to outcomes");

        var reported = await person.Api.ReportNewWorkAsync(new NewWorkReport(null, Nurse, "Zorg & Welzijn", Today.AddDays(-3), 24));

        reported.StatusCode.ShouldBe(HttpStatusCode.Created);
        reported.Content!.CrossedSectors.ShouldBeTrue("from Transport & Logistiek into Zorg & Welzijn");
        reported.Content.ProposedByMatch.ShouldBeFalse();
        reported.Content.ReportedBy.ShouldBe("person");
        JobseekerProfile profile = await Eventually.ReturnsAsync(async () => (await person.Api.GetMyProfileAsync()).Content!,
            p => p.Situation == "employed", Seconds, "the profile following the placement");
        profile.DigestFrequency.ShouldBe("weekly", "job to job: the digests go on");
    }

    [Fact]
    public async Task A_hire_of_a_stranger_of_another_organisations_vacancy_or_on_an_unlikely_date_is_refused_and_stores_nothing()
    {
        (TestUser employer, TestUser person, Guid personId, Vacancy vacancy) = await CandidateAsync("Geen Aanname");
        TestUser other = await host.UserAsync(Roles.Employer);
        TestUser stranger = await host.UserAsync(Roles.Jobseeker);
        Guid strangerId = (await stranger.Api.SaveMyProfileAsync(SampleProfiles.Warehouse("Geen Kandidaat") with { HoursMin = 38, HoursMax = 40 })).Content!.Id;

        (await other.Api.HireAsync(new Hire(vacancy.Id, personId, Today))).StatusCode.ShouldBe(HttpStatusCode.Forbidden, "another organisation's vacancy");
        (await employer.Api.HireAsync(new Hire(vacancy.Id, strangerId, Today))).StatusCode.ShouldBe(HttpStatusCode.NotFound, "not a candidate of this vacancy");
        (await employer.Api.HireAsync(new Hire(Guid.NewGuid(), personId, Today))).StatusCode.ShouldBe(HttpStatusCode.NotFound, "no such vacancy");
        var farAway = await employer.Api.HireAsync(new Hire(vacancy.Id, personId, Today.AddYears(3)));
        farAway.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        ((Refit.ApiException)farAway.Error!).Content!.ShouldContain("\"startDate\"");
        (await employer.Api.HireAsync(new Hire(vacancy.Id, personId, null))).StatusCode.ShouldBe(HttpStatusCode.BadRequest, "no start date");
        (await employer.Api.HireAsync(new Hire(vacancy.Id, personId, Today, 0))).StatusCode.ShouldBe(HttpStatusCode.BadRequest, "no hours");
        (await person.Api.HireAsync(new Hire(vacancy.Id, personId, Today))).StatusCode.ShouldBe(HttpStatusCode.Forbidden, "a person does not hire");
        (await host.Api().HireAsync(new Hire(vacancy.Id, personId, Today))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        (await person.Api.ReportNewWorkAsync(new NewWorkReport(null, null, null, Today))).StatusCode.ShouldBe(HttpStatusCode.BadRequest, "neither vacancy nor occupation");
        (await person.Api.ReportNewWorkAsync(new NewWorkReport(null, "http://data.europa.eu/esco/occupation/no-such", null, Today))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await person.Api.ReportNewWorkAsync(new NewWorkReport(null, Nurse, "Zorg en zo", Today))).StatusCode.ShouldBe(HttpStatusCode.BadRequest, "not a sector table");
        (await person.Api.ReportNewWorkAsync(new NewWorkReport(Guid.NewGuid(), null, null, Today))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await employer.Api.ReportNewWorkAsync(new NewWorkReport(vacancy.Id, null, null, Today))).StatusCode.ShouldBe(HttpStatusCode.Forbidden, "an employer reports hires, not new work");

        (await PlacementsOfAsync(personId) + await PlacementsOfAsync(strangerId)).ShouldBe(0, "nothing refused was stored");
        (await employer.Api.OurHiresAsync()).Content!.ShouldBeEmpty();
        (await other.Api.OurHiresAsync()).Content!.ShouldBeEmpty();
    }

    [Fact]
    public async Task Two_hires_of_one_candidate_sent_at_once_are_one_placement()
    {
        (TestUser employer, _, Guid personId, Vacancy vacancy) = await CandidateAsync("Twee Tegelijk");

        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => employer.Api.HireAsync(new Hire(vacancy.Id, personId, Today.AddDays(7)))));

        answers.Count(a => a.StatusCode == HttpStatusCode.Created).ShouldBe(1);
        answers.Count(a => a.StatusCode == HttpStatusCode.OK).ShouldBe(3);
        (await PlacementsOfAsync(personId)).ShouldBe(1);
    }

    [Fact]
    public async Task A_placement_is_in_the_download_and_leaves_with_the_person_while_the_sector_figure_stays()
    {
        (TestUser employer, TestUser person, Guid personId, Vacancy vacancy) = await CandidateAsync("Weg Na Werk");
        TestUser lead = await host.UserAsync(Roles.SectorLead, sectorTable: "Transport & Logistiek");
        async Task<int> PlacedInTransportAsync() =>
            (await lead.Api.SectorTablesAsync()).Content!.Single(t => t.Name == "Transport & Logistiek").Figures["placements-into-this-year"];
        int before = await PlacedInTransportAsync();

        Guid placementId = (await employer.Api.HireAsync(new Hire(vacancy.Id, personId, Today))).Content!.PlacementId;

        await Eventually.TrueAsync(async () => await PlacedInTransportAsync() == before + 1, Seconds, "the sector table's figure counting the hire");

        string download = (await person.Api.DownloadMyDataAsync()).Content!;
        download.ShouldContain(placementId.ToString());

        await person.Api.EraseMeAsync();

        await Eventually.TrueAsync(async () => await PlacementsOfAsync(personId) == 0, Seconds, "the placement erased with the person");
        (await PlacedInTransportAsync()).ShouldBe(before + 1, "the anonymous count stays");
        (await host.ScalarAsync<long>("SELECT count(*) FROM outcomes.people WHERE jobseeker_id = $1 AND erased_at IS NOT NULL AND situation IS NULL", personId)).ShouldBe(1);
        (await employer.Api.OurHiresAsync()).Content!.ShouldBeEmpty("the hire left with the person");
    }

    [Fact]
    public async Task Closing_a_vacancy_as_filled_naming_its_candidate_records_the_hire_and_a_stranger_closes_nothing()
    {
        (TestUser employer, _, Guid personId, Vacancy vacancy) = await CandidateAsync("Bij Sluiten");
        TestUser stranger = await host.UserAsync(Roles.Jobseeker);
        Guid strangerId = (await stranger.Api.SaveMyProfileAsync(SampleProfiles.Warehouse("Geen Kandidaat Bij Sluiten") with { HoursMin = 38, HoursMax = 40 })).Content!.Id;

        var refused = await employer.Api.CloseVacancyAsync(vacancy.Id, new CloseVacancy("filled", [new ClosingHire(personId, Today), new ClosingHire(strangerId, Today)]));
        refused.StatusCode.ShouldBe(HttpStatusCode.NotFound, "one of them is not a candidate");
        (await employer.Api.GetVacancyAsync(vacancy.Id)).Content!.Status.ShouldBe("published", "nothing closed");
        (await employer.Api.CloseVacancyAsync(vacancy.Id, new CloseVacancy("withdrawn", [new ClosingHire(personId, Today)]))).StatusCode
            .ShouldBe(HttpStatusCode.BadRequest, "only a filled vacancy names hires");
        (await employer.Api.CloseVacancyAsync(vacancy.Id, new CloseVacancy("filled", [new ClosingHire(personId, Today)], FilledFromOutside: true))).StatusCode
            .ShouldBe(HttpStatusCode.BadRequest, "hired here and from outside at once");
        (await employer.Api.CloseVacancyAsync(vacancy.Id, new CloseVacancy("filled", [new ClosingHire(personId, Today.AddYears(2))]))).StatusCode
            .ShouldBe(HttpStatusCode.BadRequest, "a start in the far future");

        (await employer.Api.CloseVacancyAsync(vacancy.Id, new CloseVacancy("filled", [new ClosingHire(personId, Today.AddDays(10))]))).StatusCode.ShouldBe(HttpStatusCode.OK);

        HireRecord hire = await Eventually.ReturnsAsync(async () => (await employer.Api.OurHiresAsync()).Content!.SingleOrDefault(),
            h => h is not null, Seconds, "the hire named at closing") ?? throw new InvalidOperationException();
        hire.JobseekerId.ShouldBe(personId);
        hire.StartDate.ShouldBe(Today.AddDays(10));
        (await PlacementsOfAsync(personId) + await PlacementsOfAsync(strangerId)).ShouldBe(1);
    }

    [Fact]
    public async Task A_vacancy_filled_from_outside_makes_no_placement()
    {
        (TestUser employer, _, Guid personId, Vacancy vacancy) = await CandidateAsync("Van Buiten");

        (await employer.Api.CloseVacancyAsync(vacancy.Id, new CloseVacancy("filled", FilledFromOutside: true))).StatusCode.ShouldBe(HttpStatusCode.OK);

        await Eventually.TrueAsync(async () => await host.ScalarAsync<long>(
                "SELECT count(*) FROM vacancies.vacancies WHERE id = $1 AND filled_from_outside", vacancy.Id) == 1, Seconds, "the vacancy closed as filled from outside");
        await Eventually.TrueAsync(async () => !((await employer.Api.CandidatesAsync(vacancy.Id)).IsSuccessful), Seconds, "matching dropped the closed vacancy");
        (await PlacementsOfAsync(personId)).ShouldBe(0);
    }

    [Fact]
    public async Task The_region_dashboard_counts_a_started_placement_in_the_persons_municipality_and_month()
    {
        (TestUser employer, _, Guid personId, Vacancy vacancy) = await CandidateAsync("Op Het Dashboard");
        TestUser staff = await host.UserAsync(Roles.ProgrammeStaff);
        async Task<int> InKampenAsync()
        {
            string csv = await staff.Http.GetStringAsync(new Uri("/api/region/dashboard/placements-municipalities.csv", UriKind.Relative));
            string? row = csv.Split("\r\n").FirstOrDefault(line => line.StartsWith("Kampen,", StringComparison.Ordinal));
            return row is null ? 0 : int.Parse(row.Split(',')[1], System.Globalization.CultureInfo.InvariantCulture);
        }

        int before = await InKampenAsync();

        await employer.Api.HireAsync(new Hire(vacancy.Id, personId, Today));

        await Eventually.TrueAsync(async () => await InKampenAsync() == before + 1, Seconds, "the placement counted where the person lived (postcode 8261 is Kampen)");
        string months = await staff.Http.GetStringAsync(new Uri("/api/region/dashboard/placements-months.csv", UriKind.Relative));
        months.Split("\r\n")[0].ShouldBe("month,placements,intersectoral,proposed_by_match,after_training,from_work,from_unemployment");
        months.ShouldContain($"{Today:yyyy-MM},");
        HttpClient page = await host.CookieClientAsync(staff.Email, staff.Password);
        string html = await page.GetStringAsync(new Uri("/programma/dashboard", UriKind.Relative));
        html.ShouldContain("id=\"placements-all\"");
        html.ShouldContain("Resultaten: mensen aan het werk");
    }

    [Fact]
    public async Task What_a_person_reports_alone_stays_theirs_the_employers_list_does_not_show_it()
    {
        (TestUser employer, TestUser person, Guid personId, Vacancy vacancy) = await CandidateAsync("Alleen Zelf Gemeld");

        (await person.Api.ReportNewWorkAsync(new NewWorkReport(vacancy.Id, null, null, Today))).StatusCode.ShouldBe(HttpStatusCode.Created);

        await Eventually.TrueAsync(async () => await host.ScalarAsync<long>(
                "SELECT count(*) FROM sectortables.placements p JOIN outcomes.placements o ON o.id = p.placement_id WHERE o.jobseeker_id = $1", personId) == 1,
            Seconds, "the placement counted");
        (await employer.Api.OurHiresAsync()).Content!.ShouldBeEmpty();
        (await employer.Api.CandidatesAsync(vacancy.Id)).Content!.Single(c => c.JobseekerId == personId).Verdict.ShouldBeNull("the employer's list is the employer's word");
        (await employer.Api.SetCandidateVerdictAsync(vacancy.Id, personId, new CandidateVerdict("invited"))).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await employer.Api.CandidatesAsync(vacancy.Id)).Content!.Single(c => c.JobseekerId == personId).Verdict.ShouldBe("invited");
    }
}

using System.Net;
using Labor.BuildingBlocks.Security;
using Labor.Client;
using Labor.Jobseekers.Contracts;
using Labor.Testing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Labor.IntegrationTests;

/// <summary>Incremental matching within seconds of each event, and who sees which list.</summary>
public sealed class MatchingFlowTests(LaborHost host) : IClassFixture<LaborHost>
{
    private static readonly TimeSpan Seconds = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_skill_esco_relates_to_one_the_person_has_earns_related_credit_and_is_named_as_related()
    {
        // ESCO v1.1.1's skill–skill relations: "manage warehouse inventory" draws on the knowledge "warehouse operations".
        // The two sit in different parts of the hierarchy, so only that relation makes them related.
        const string WarehouseOperations = "http://data.europa.eu/esco/skill/089ddb19-1c7a-43ff-ba64-070f7ce4787a";
        const string ManageWarehouseInventory = "http://data.europa.eu/esco/skill/5d2e82cc-5943-4218-a459-a1956fad2b63";
        TestUser jobseeker = await host.UserAsync(Roles.Jobseeker);
        await jobseeker.Api.SaveMyProfileAsync(SampleProfiles.Warehouse("Kennis Van Magazijnen") with
        {
            Skills = [SampleVacancies.OrderPicking, WarehouseOperations],
        });
        TestUser employer = await host.UserAsync(Roles.Employer);

        Vacancy vacancy = (await employer.Api.CreateVacancyAsync(SampleVacancies.Forklift("Voorraadbeheerder magazijn") with
        {
            HoursMin = 16,
            HoursMax = 32,
            Skills = [new(SampleVacancies.OrderPicking, true), new(ManageWarehouseInventory, true)],
        })).Content!;

        Match match = await Eventually.ReturnsAsync(async () => (await jobseeker.Api.MyMatchesAsync()).Content!.FirstOrDefault(m => m.VacancyId == vacancy.Id),
            m => m is not null, Seconds, "the new vacancy in the jobseeker's list") ?? throw new InvalidOperationException();
        match.Explanation.MatchedSkills.Select(s => s.Uri).ShouldBe([SampleVacancies.OrderPicking]);
        match.Explanation.RelatedSkills.Select(s => s.Uri).ShouldBe([ManageWarehouseInventory]);
        match.Parts.Skills.ShouldBe(37, "of 50: one essential skill had (4 of 4), one related (2 of 4)");
    }

    [Fact]
    public async Task A_sector_specific_skill_earns_related_credit_within_its_sector_but_not_across_sectors()
    {
        // Three sector-specific siblings under ESCO's "maintaining operational records": records a warehouse worker
        // keeps are close to a transport firm's cargo records, not to a pharmacy's inventory (ESCO's reuse level).
        const string OperateWarehouseRecordSystems = "http://data.europa.eu/esco/skill/055ff233-6569-43db-9f95-a4b03dca97da";
        const string KeepWrittenRecordsOfCargo = "http://data.europa.eu/esco/skill/209ec3e1-8738-4b09-8f5c-b1236bb2c019";
        const string TakePharmaceuticalInventory = "http://data.europa.eu/esco/skill/2832382f-fa74-439f-a85e-6ff2d03c9cd0";
        TestUser jobseeker = await host.UserAsync(Roles.Jobseeker);
        await jobseeker.Api.SaveMyProfileAsync(SampleProfiles.Warehouse("Reikwijdte Van Vaardigheden") with
        {
            Skills = [SampleVacancies.OrderPicking, OperateWarehouseRecordSystems],
        });
        TestUser employer = await host.UserAsync(Roles.Employer);
        Vacancy transport = (await employer.Api.CreateVacancyAsync(SampleVacancies.Forklift("Vrachtadministratie en orderpicken") with
        {
            HoursMin = 24,
            HoursMax = 32,
            Skills = [new(SampleVacancies.OrderPicking, true), new(KeepWrittenRecordsOfCargo, true)],
        })).Content!;
        Vacancy pharmacy = (await employer.Api.CreateVacancyAsync(SampleVacancies.Forklift("Magazijn apotheek") with
        {
            HoursMin = 24,
            HoursMax = 32,
            SectorTables = ["Zorg & Welzijn"],
            Skills = [new(SampleVacancies.OrderPicking, true), new(TakePharmaceuticalInventory, true)],
        })).Content!;

        IReadOnlyList<Match> matches = await Eventually.ReturnsAsync(async () => (await jobseeker.Api.MyMatchesAsync()).Content!,
            list => list.Any(m => m.VacancyId == transport.Id) && list.Any(m => m.VacancyId == pharmacy.Id), Seconds, "both vacancies in the list");
        Match withinSector = matches.Single(m => m.VacancyId == transport.Id);
        withinSector.Explanation.RelatedSkills.Select(s => s.Uri).ShouldBe([KeepWrittenRecordsOfCargo]);
        withinSector.Parts.Skills.ShouldBe(37, "of 50: one essential skill had (4 of 4), one related (2 of 4)");
        Match acrossSectors = matches.Single(m => m.VacancyId == pharmacy.Id);
        acrossSectors.Explanation.Intersectoral.ShouldBeTrue("from Transport & Logistiek into Zorg & Welzijn");
        acrossSectors.Explanation.RelatedSkills.ShouldBeEmpty("a sector-specific skill does not carry into another sector");
        acrossSectors.Parts.Skills.ShouldBe(25, "of 50: one essential skill had (4 of 4), the other neither had nor close enough");
    }

    [Fact]
    public async Task A_new_vacancy_reaches_a_fitting_jobseeker_and_a_consenting_one_reaches_the_employer_within_seconds()
    {
        TestUser jobseeker = await host.UserAsync(Roles.Jobseeker);
        Guid jobseekerId = (await jobseeker.Api.SaveMyProfileAsync(SampleProfiles.Warehouse("Kandidaat Een"))).Content!.Id;
        await jobseeker.Api.SetMyConsentAsync(new Consent(true));
        await Eventually.TrueAsync(async () => await host.ScalarAsync<bool>("SELECT consented FROM matching.jobseekers WHERE jobseeker_id = $1", jobseekerId),
            Seconds, "the profile and consent in matching's pool");
        TestUser employer = await host.UserAsync(Roles.Employer);

        Vacancy vacancy = (await employer.Api.CreateVacancyAsync(SampleVacancies.Forklift("Orderpicker avonddienst") with { HoursMin = 16, HoursMax = 32 })).Content!;

        Match match = await Eventually.ReturnsAsync(async () => (await jobseeker.Api.MyMatchesAsync()).Content!.FirstOrDefault(m => m.VacancyId == vacancy.Id),
            m => m is not null, Seconds, "the new vacancy in the jobseeker's list") ?? throw new InvalidOperationException();
        match.Explanation.MatchedSkills.Select(s => s.Uri).ShouldContain(SampleVacancies.OrderPicking);
        // Until matching has the vacancy, its candidates are a 404: not yet, rather than a failure.
        IReadOnlyList<Candidate> candidates = await Eventually.ReturnsAsync(async () => (await employer.Api.CandidatesAsync(vacancy.Id)).Content ?? [],
            list => list.Any(c => c.JobseekerId == jobseekerId), Seconds, "the consenting jobseeker among the candidates");
        Candidate candidate = candidates.Single(c => c.JobseekerId == jobseekerId);
        candidate.Name.ShouldBe("Kandidaat Een");
        candidate.Email.ShouldBe(jobseeker.Email);
        candidate.Score.ShouldBe(match.Score, "one score for the pair, whichever side looks");

        (await employer.Api.SetCandidateVerdictAsync(vacancy.Id, jobseekerId, new CandidateVerdict("invited"))).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await employer.Api.CandidatesAsync(vacancy.Id)).Content!.Single(c => c.JobseekerId == jobseekerId).Verdict.ShouldBe("invited");
        (await employer.Api.SetCandidateVerdictAsync(vacancy.Id, jobseekerId, new CandidateVerdict("maybe"))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await employer.Api.SetCandidateVerdictAsync(vacancy.Id, Guid.NewGuid(), new CandidateVerdict("invited"))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Consent_changes_handled_side_by_side_leave_the_latest_standing()
    {
        TestUser jobseeker = await host.UserAsync(Roles.Jobseeker);
        Guid id = (await jobseeker.Api.SaveMyProfileAsync(SampleProfiles.Warehouse("Wisselende Wens"))).Content!.Id;
        await Eventually.TrueAsync(async () => await host.ScalarAsync<long>("SELECT count(*) FROM matching.jobseekers WHERE jobseeker_id = $1", id) == 1,
            Seconds, "the jobseeker in matching's pool");
        DateTimeOffset start = DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds() + 60);

        // Newest first and all at once, so the consumers handle them side by side and out of order.
        IBus bus = host.Services.GetRequiredService<IBus>();
        await Task.WhenAll(Enumerable.Range(0, 20).Reverse().Select(i => bus.Publish(new JobseekerConsentChanged(id, i % 2 == 1, start.AddSeconds(i)))));

        await Eventually.TrueAsync(async () => await host.ScalarAsync<bool?>("SELECT consented FROM matching.jobseekers WHERE jobseeker_id = $1 AND consent_changed_at = $2", id, start.AddSeconds(19)) == true,
            Seconds, "the newest change (consent given) standing, not an older one that was handled at the same time");
    }

    [Fact]
    public async Task Another_employer_sees_no_candidates_and_withdrawn_consent_or_erasure_removes_a_candidate()
    {
        TestUser employer = await host.UserAsync(Roles.Employer);
        TestUser other = await host.UserAsync(Roles.Employer);
        Vacancy vacancy = (await employer.Api.CreateVacancyAsync(SampleVacancies.Forklift("Orderpicker weekend") with { HoursMin = 16, HoursMax = 32 })).Content!;
        TestUser consenting = await host.UserAsync(Roles.Jobseeker);
        TestUser shy = await host.UserAsync(Roles.Jobseeker);
        Guid consentingId = (await consenting.Api.SaveMyProfileAsync(SampleProfiles.Warehouse("Wel Zichtbaar"))).Content!.Id;
        Guid shyId = (await shy.Api.SaveMyProfileAsync(SampleProfiles.Warehouse("Niet Zichtbaar"))).Content!.Id;
        await consenting.Api.SetMyConsentAsync(new Consent(true));
        await Eventually.TrueAsync(async () => ((await employer.Api.CandidatesAsync(vacancy.Id)).Content ?? []).Any(c => c.JobseekerId == consentingId),
            Seconds, "the consenting jobseeker listed");
        await Eventually.TrueAsync(async () => (await shy.Api.MyMatchesAsync()).Content!.Any(m => m.VacancyId == vacancy.Id),
            Seconds, "the jobseeker without consent still sees the vacancy");

        (await employer.Api.CandidatesAsync(vacancy.Id)).Content!.ShouldNotContain(c => c.JobseekerId == shyId, "no consent, never shown");
        (await other.Api.CandidatesAsync(vacancy.Id)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await other.Api.SetCandidateVerdictAsync(vacancy.Id, consentingId, new CandidateVerdict("invited"))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await employer.Api.CandidatesAsync(Guid.NewGuid())).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        await consenting.Api.SetMyConsentAsync(new Consent(false));

        (await employer.Api.CandidatesAsync(vacancy.Id)).Content!.ShouldNotContain(c => c.JobseekerId == consentingId, "withdrawn consent counts at once");

        await consenting.Api.SetMyConsentAsync(new Consent(true));
        await Eventually.TrueAsync(async () => ((await employer.Api.CandidatesAsync(vacancy.Id)).Content ?? []).Any(c => c.JobseekerId == consentingId), Seconds, "listed again");
        await consenting.Api.EraseMeAsync();
        await Eventually.TrueAsync(async () => await host.ScalarAsync<long>(
                "SELECT (SELECT count(*) FROM matching.vacancy_candidates WHERE jobseeker_id = $1) + (SELECT count(*) FROM matching.jobseeker_matches WHERE jobseeker_id = $1) + (SELECT count(*) FROM matching.jobseekers WHERE jobseeker_id = $1)", consentingId) == 0,
            Seconds, "an erased jobseeker leaves matching entirely");
    }

    [Fact]
    public async Task A_closed_vacancy_leaves_the_lists_and_a_changed_profile_is_matched_again()
    {
        TestUser employer = await host.UserAsync(Roles.Employer);
        TestUser jobseeker = await host.UserAsync(Roles.Jobseeker);
        Vacancy vacancy = (await employer.Api.CreateVacancyAsync(SampleVacancies.Forklift("Orderpicker ochtend") with { HoursMin = 16, HoursMax = 32 })).Content!;
        await jobseeker.Api.SaveMyProfileAsync(SampleProfiles.Warehouse("Veranderlijk Mens"));
        await Eventually.TrueAsync(async () => (await jobseeker.Api.MyMatchesAsync()).Content!.Any(m => m.VacancyId == vacancy.Id), Seconds, "matched");

        await jobseeker.Api.SaveMyProfileAsync(SampleProfiles.Warehouse("Veranderlijk Mens") with { HoursMin = 38, HoursMax = 40 });

        await Eventually.TrueAsync(async () => !(await jobseeker.Api.MyMatchesAsync()).Content!.Any(m => m.VacancyId == vacancy.Id), Seconds, "no longer fits 38–40 hours");
        await jobseeker.Api.SaveMyProfileAsync(SampleProfiles.Warehouse("Veranderlijk Mens"));
        await Eventually.TrueAsync(async () => (await jobseeker.Api.MyMatchesAsync()).Content!.Any(m => m.VacancyId == vacancy.Id), Seconds, "fits again");

        await employer.Api.CloseVacancyAsync(vacancy.Id, new CloseVacancy("filled"));

        await Eventually.TrueAsync(async () => !(await jobseeker.Api.MyMatchesAsync()).Content!.Any(m => m.VacancyId == vacancy.Id), Seconds, "a filled vacancy leaves the list");
    }

    [Fact]
    public async Task Skills_and_occupations_no_earlier_event_named_match_at_once()
    {
        const string designer = "http://data.europa.eu/esco/occupation/69bcbb0a-8d80-4ecd-b0a4-9adea2a40de2";
        TestUser employer = await host.UserAsync(Roles.Employer);
        TestUser jobseeker = await host.UserAsync(Roles.Jobseeker);
        await jobseeker.Api.SaveMyProfileAsync(SampleProfiles.Warehouse("Nieuw Vak") with
        {
            Experience = [new ExperienceEntry(designer, 5)],
            Skills = ["urn:labor:skill:visual-design", "urn:labor:skill:typography-layout", "urn:labor:skill:colour-theory"],
            SectorTables = ["Creatieve industrie"],
        });

        Vacancy vacancy = (await employer.Api.CreateVacancyAsync(SampleVacancies.Forklift("Vormgever huisstijl") with
        {
            Occupation = designer,
            Skills = [new SkillChoice("urn:labor:skill:visual-design", true), new SkillChoice("urn:labor:skill:branding", true)],
            SectorTables = ["Creatieve industrie"],
            HoursMin = 16,
            HoursMax = 32,
        })).Content!;

        await Eventually.TrueAsync(async () => (await jobseeker.Api.MyMatchesAsync()).Content!.Any(m => m.VacancyId == vacancy.Id), Seconds,
            "a match on concepts the live index had not numbered yet");
    }
}

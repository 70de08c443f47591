using Labor.BuildingBlocks.Security;
using Labor.Testing;

namespace Labor.IntegrationTests;

/// <summary>
/// Vacancies and profiles stored before a regional skill was replaced by its ESCO skill (ADR 12) are moved to the ESCO
/// skill when a host starts, the other modules are told, and nothing the person or employer entered is lost.
/// </summary>
public sealed class ReplacedSkillsTests(LaborHost host) : IClassFixture<LaborHost>
{
    private const string RegionalOrderPicking = "urn:labor:skill:order-picking";

    [Fact]
    public async Task Data_naming_a_replaced_regional_skill_moves_to_the_esco_skill_at_the_next_start()
    {
        TestUser employer = await host.UserAsync(Roles.Employer);
        Guid vacancy = (await employer.Api.CreateVacancyAsync(SampleVacancies.Forklift())).Content!.Id;
        TestUser jobseeker = await host.UserAsync(Roles.Jobseeker);
        Guid profile = (await jobseeker.Api.SaveMyProfileAsync(SampleProfiles.Warehouse())).Content!.Id;
        // As stored before the mapping: the regional URIs, and a skill the profile names twice once moved.
        await host.ScalarAsync<int>("""
            UPDATE vacancies.vacancies SET content_essential_skills = ARRAY['urn:labor:skill:operate-forklift', 'urn:labor:skill:load-and-unload'],
                   content_optional_skills = ARRAY['urn:labor:skill:order-picking'] WHERE id = $1
            """, vacancy);
        await host.ScalarAsync<int>(
            "UPDATE jobseekers.jobseekers SET profile_skills = ARRAY['urn:labor:skill:order-picking', $2, 'urn:labor:skill:code-95'] WHERE id = $1",
            profile, SampleVacancies.OrderPicking);
        DateTimeOffset activeBefore = (await host.ScalarAsync<DateTimeOffset>("SELECT last_active_at FROM jobseekers.jobseekers WHERE id = $1", profile))!;
        long vacancyEventsBefore = await host.ScalarAsync<long>("SELECT count(*) FROM vacancies.outbox_messages WHERE payload->'vacancy'->>'vacancyId' = $1", vacancy.ToString());
        long profileEventsBefore = await host.ScalarAsync<long>("SELECT count(*) FROM jobseekers.outbox_messages WHERE payload->>'jobseekerId' = $1", profile.ToString());

        await using (LaborHost restarted = LaborHost.SiblingOf(host))
        {
            await restarted.InitializeAsync();
        }

        (await host.ScalarAsync<string>("SELECT array_to_string(content_essential_skills, '|') FROM vacancies.vacancies WHERE id = $1", vacancy))
            .ShouldBe($"{SampleVacancies.OperateForklift}|{SampleVacancies.LoadAndUnload}");
        (await host.ScalarAsync<string>("SELECT array_to_string(content_optional_skills, '|') FROM vacancies.vacancies WHERE id = $1", vacancy))
            .ShouldBe(SampleVacancies.OrderPicking);
        (await host.ScalarAsync<string>("SELECT array_to_string(profile_skills, '|') FROM jobseekers.jobseekers WHERE id = $1", profile))
            .ShouldBe($"{SampleVacancies.OrderPicking}|urn:labor:skill:code-95", "one skill once; a skill ESCO lacks stays regional");
        (await host.ScalarAsync<long>("SELECT count(*) FROM vacancies.outbox_messages WHERE payload->'vacancy'->>'vacancyId' = $1", vacancy.ToString()))
            .ShouldBe(vacancyEventsBefore + 1, "the open vacancy tells matching and the sector tables");
        (await host.ScalarAsync<long>("SELECT count(*) FROM jobseekers.outbox_messages WHERE payload->>'jobseekerId' = $1", profile.ToString()))
            .ShouldBe(profileEventsBefore + 1);
        (await host.ScalarAsync<DateTimeOffset>("SELECT last_active_at FROM jobseekers.jobseekers WHERE id = $1", profile))
            .ShouldBe(activeBefore, "the platform's change is not the person's activity");
        (await host.ScalarAsync<string>("SELECT payload->'profile'->>'skills' FROM jobseekers.outbox_messages WHERE payload->>'jobseekerId' = $1 ORDER BY id DESC LIMIT 1", profile.ToString()))
            .ShouldNotBeNull().ShouldNotContain(RegionalOrderPicking);
    }
}

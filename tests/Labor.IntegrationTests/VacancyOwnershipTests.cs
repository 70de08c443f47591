using System.Net;
using Labor.BuildingBlocks.Security;
using Labor.Client;
using Labor.Testing;

namespace Labor.IntegrationTests;

/// <summary>An employer manages only its own organisation's vacancies.</summary>
public sealed class VacancyOwnershipTests(LaborHost host) : IClassFixture<LaborHost>
{
    [Fact]
    public async Task An_employer_closes_its_own_vacancy_and_matching_drops_it()
    {
        TestUser employer = await host.UserAsync(Roles.Employer);
        Vacancy vacancy = (await employer.Api.PublishVacancyAsync(new PublishVacancy("Kok", "Vrijetijdseconomie", "Ommen"))).Content!;
        vacancy.OrganisationId.ShouldBe(employer.OrganisationId!.Value);
        await Eventually.TrueAsync(async () => await host.ScalarAsync<long>("SELECT count(*) FROM matching.vacancies WHERE vacancy_id = $1", vacancy.Id) == 1,
            TimeSpan.FromSeconds(30), "the vacancy in matching");

        var closed = await employer.Api.CloseVacancyAsync(vacancy.Id);

        closed.StatusCode.ShouldBe(HttpStatusCode.OK);
        closed.Content!.ClosedAt.ShouldNotBeNull();
        await Eventually.TrueAsync(async () => await host.ScalarAsync<long>("SELECT count(*) FROM matching.vacancies WHERE vacancy_id = $1", vacancy.Id) == 0,
            TimeSpan.FromSeconds(30), "matching to drop the closed vacancy");
        (await host.Api().ListVacanciesAsync()).ShouldNotContain(v => v.Id == vacancy.Id);
        (await employer.Api.CloseVacancyAsync(vacancy.Id)).StatusCode.ShouldBe(HttpStatusCode.OK, "closing twice changes nothing");
        (await host.ScalarAsync<long>("SELECT count(*) FROM vacancies.outbox_messages WHERE type LIKE '%VacancyClosed%' AND payload->>'vacancyId' = $1", vacancy.Id.ToString())).ShouldBe(1);
    }

    [Fact]
    public async Task An_employer_of_another_organisation_cannot_close_it()
    {
        TestUser owner = await host.UserAsync(Roles.Employer);
        TestUser other = await host.UserAsync(Roles.Employer);
        Vacancy vacancy = (await owner.Api.PublishVacancyAsync(new PublishVacancy("Kok", "Vrijetijdseconomie", "Ommen"))).Content!;

        (await other.Api.CloseVacancyAsync(vacancy.Id)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await host.Api().CloseVacancyAsync(vacancy.Id)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await (await host.UserAsync(Roles.Jobseeker)).Api.CloseVacancyAsync(vacancy.Id)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        (await host.Api().GetVacancyAsync(vacancy.Id)).Content!.ClosedAt.ShouldBeNull();
    }

    [Fact]
    public async Task Only_employers_publish_and_always_for_their_own_organisation()
    {
        (await host.Api().PublishVacancyAsync(new PublishVacancy("Kok", "Bouw", "Zwolle"))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        foreach (string role in new[] { Roles.Jobseeker, Roles.SectorLead, Roles.ProgrammeStaff, Roles.Admin })
        {
            (await (await host.UserAsync(role)).Api.PublishVacancyAsync(new PublishVacancy("Kok", "Bouw", "Zwolle"))).StatusCode.ShouldBe(HttpStatusCode.Forbidden, role);
        }
    }
}

using System.Net;
using Labor.BuildingBlocks.Security;
using Labor.Client;
using Labor.Testing;

namespace Labor.IntegrationTests;

/// <summary>An employer manages only its own organisation's vacancies, through their whole lifecycle.</summary>
public sealed class VacancyOwnershipTests(LaborHost host) : IClassFixture<LaborHost>
{
    private static readonly TimeSpan Delivery = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_draft_is_published_edited_closed_and_republished_and_matching_follows()
    {
        TestUser employer = await host.UserAsync(Roles.Employer);
        Vacancy draft = (await employer.Api.CreateVacancyAsync(SampleVacancies.Forklift("Heftruckchauffeur dagdienst") with { Draft = true })).Content!;
        draft.Status.ShouldBe("draft");
        draft.Organisation.Id.ShouldBe(employer.OrganisationId!.Value);
        (await host.Api().GetVacancyAsync(draft.Id)).StatusCode.ShouldBe(HttpStatusCode.NotFound, "a draft is not public");
        (await host.ScalarAsync<long>("SELECT count(*) FROM vacancies.outbox_messages WHERE payload->'vacancy'->>'vacancyId' = $1", draft.Id.ToString())).ShouldBe(0);

        (await employer.Api.PublishVacancyAsync(draft.Id)).Content!.Status.ShouldBe("published");
        await InMatchingAsync(draft.Id, present: true);

        var edited = await employer.Api.EditVacancyAsync(draft.Id, SampleVacancies.Forklift("Heftruckchauffeur avonddienst") with { HoursMin = 20, HoursMax = 24 });
        edited.StatusCode.ShouldBe(HttpStatusCode.OK);
        await Eventually.TrueAsync(async () => await host.ScalarAsync<string>("SELECT title FROM matching.vacancies WHERE vacancy_id = $1", draft.Id) == "Heftruckchauffeur avonddienst",
            Delivery, "matching to hear of the change");
        (await host.ScalarAsync<int>("SELECT (details->>'hoursMax')::int FROM matching.vacancies WHERE vacancy_id = $1", draft.Id)).ShouldBe(24);

        var closed = await employer.Api.CloseVacancyAsync(draft.Id, new CloseVacancy("filled"));
        closed.Content!.Status.ShouldBe("closed");
        closed.Content.ClosedReason.ShouldBe("filled");
        await InMatchingAsync(draft.Id, present: false);
        (await host.Api().GetVacancyAsync(draft.Id)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await employer.Api.CloseVacancyAsync(draft.Id)).StatusCode.ShouldBe(HttpStatusCode.OK, "closing twice changes nothing");
        (await host.ScalarAsync<long>("SELECT count(*) FROM vacancies.outbox_messages WHERE type LIKE '%VacancyClosed%' AND payload->>'vacancyId' = $1", draft.Id.ToString())).ShouldBe(1);

        (await employer.Api.PublishVacancyAsync(draft.Id)).Content!.Status.ShouldBe("published", "republishing after closing is allowed");
        await InMatchingAsync(draft.Id, present: true);
        (await employer.Api.MyVacanciesAsync()).ShouldContain(v => v.Id == draft.Id && v.Status == "published");
    }

    [Fact]
    public async Task Another_employer_can_neither_read_a_draft_nor_change_or_close_a_vacancy()
    {
        TestUser owner = await host.UserAsync(Roles.Employer);
        TestUser other = await host.UserAsync(Roles.Employer);
        Vacancy draft = (await owner.Api.CreateVacancyAsync(SampleVacancies.Forklift() with { Draft = true })).Content!;
        Vacancy open = (await owner.Api.CreateVacancyAsync(SampleVacancies.Forklift("Reachtruckchauffeur"))).Content!;

        (await other.Api.GetVacancyAsync(draft.Id)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.Api.EditVacancyAsync(open.Id, SampleVacancies.Forklift("Overgenomen"))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await other.Api.PublishVacancyAsync(draft.Id)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await other.Api.CloseVacancyAsync(open.Id)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await host.Api().CloseVacancyAsync(open.Id)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await (await host.UserAsync(Roles.Jobseeker)).Api.CloseVacancyAsync(open.Id)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await other.Api.MyVacanciesAsync()).ShouldBeEmpty();

        Vacancy unchanged = (await host.Api().GetVacancyAsync(open.Id)).Content!;
        unchanged.Title.ShouldBe("Reachtruckchauffeur");
        unchanged.Status.ShouldBe("published");
    }

    [Fact]
    public async Task Only_employers_create_vacancies_and_always_for_their_own_organisation()
    {
        (await host.Api().CreateVacancyAsync(SampleVacancies.Forklift())).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        foreach (string role in new[] { Roles.Jobseeker, Roles.SectorLead, Roles.ProgrammeStaff, Roles.Admin })
        {
            (await (await host.UserAsync(role)).Api.CreateVacancyAsync(SampleVacancies.Forklift())).StatusCode.ShouldBe(HttpStatusCode.Forbidden, role);
        }
    }

    [Fact]
    public async Task A_near_duplicate_asks_for_confirmation_but_a_repost_after_closing_does_not()
    {
        TestUser employer = await host.UserAsync(Roles.Employer);
        Vacancy first = (await employer.Api.CreateVacancyAsync(SampleVacancies.Forklift("Heftruckchauffeur distributiecentrum"))).Content!;

        var twice = await employer.Api.CreateVacancyAsync(SampleVacancies.Forklift("Heftruckchauffeur distributiecentrum Zwolle"));
        twice.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        ((Refit.ApiException)twice.Error!).Content!.ShouldContain(first.Id.ToString());
        (await employer.Api.CreateVacancyAsync(SampleVacancies.Forklift("Heftruckchauffeur distributiecentrum Zwolle") with { ConfirmDuplicate = true }))
            .StatusCode.ShouldBe(HttpStatusCode.Created, "the employer confirmed");

        TestUser another = await host.UserAsync(Roles.Employer);
        (await another.Api.CreateVacancyAsync(SampleVacancies.Forklift("Heftruckchauffeur distributiecentrum"))).StatusCode
            .ShouldBe(HttpStatusCode.Created, "another employer's vacancy is never a duplicate");

        TestUser reposter = await host.UserAsync(Roles.Employer);
        Vacancy old = (await reposter.Api.CreateVacancyAsync(SampleVacancies.Forklift("Orderpicker"))).Content!;
        await reposter.Api.CloseVacancyAsync(old.Id, new CloseVacancy("withdrawn"));
        (await reposter.Api.CreateVacancyAsync(SampleVacancies.Forklift("Orderpicker"))).StatusCode.ShouldBe(HttpStatusCode.Created, "a repost after closing");
    }

    [Fact]
    public async Task An_employer_keeps_the_organisation_profile_that_vacancies_show()
    {
        TestUser employer = await host.UserAsync(Roles.Employer);
        (await employer.Api.GetOrganisationAsync()).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var saved = await employer.Api.SaveOrganisationAsync(new OrganisationProfile(
            "Logistiek Zwolle BV", "12345678", "Havenweg 1", "8011pk", "Zwolle", "Ans de Vries", "ans@logistiek.example", "038 123 45 67"));
        Vacancy vacancy = (await employer.Api.CreateVacancyAsync(SampleVacancies.Forklift("Magazijnmedewerker"))).Content!;

        saved.StatusCode.ShouldBe(HttpStatusCode.OK);
        saved.Content!.Postcode.ShouldBe("8011 PK");
        vacancy.Organisation.Name.ShouldBe("Logistiek Zwolle BV");
    }

    private Task InMatchingAsync(Guid id, bool present) =>
        Eventually.TrueAsync(async () => await host.ScalarAsync<long>("SELECT count(*) FROM matching.vacancies WHERE vacancy_id = $1", id) == (present ? 1 : 0),
            Delivery, present ? "the vacancy in matching" : "matching to drop the vacancy");
}

using System.Net;
using System.Text.Json;
using Labor.BuildingBlocks.Security;
using Labor.Client;
using Labor.Testing;

namespace Labor.IntegrationTests;

/// <summary>
/// The recurring job "vacancies-expire" closes open vacancies past their valid-through date, once; the employer can
/// put one back up only with a new date. Tests move a vacancy's date into the past in the database, then run the job
/// as the dashboard's "trigger now" does.
/// </summary>
public sealed class VacancyExpiryTests(LaborHost host) : IClassFixture<LaborHost>
{
    private const string JobId = "vacancies-expire";

    [Fact]
    public async Task A_vacancy_past_its_valid_through_date_expires_once_and_leaves_the_bank()
    {
        TestUser employer = await host.UserAsync(Roles.Employer);
        Vacancy vacancy = await PublishAsync(employer, SampleVacancies.Forklift("Heftruckchauffeur seizoenswerk"));
        await host.ScalarAsync<int>("UPDATE vacancies.vacancies SET content_valid_through = current_date - 1 WHERE id = $1", vacancy.Id);

        await RunExpiryJobAsync();

        (await StatusAsync(vacancy.Id)).ShouldBe("Expired");
        (await ClosedEventsAsync(vacancy.Id, "expired")).ShouldBe(1);
        Vacancy expired = (await employer.Api.GetVacancyAsync(vacancy.Id)).Content!;
        expired.Status.ShouldBe("expired");
        expired.ClosedReason.ShouldBe("expired");
        (await host.Api().GetVacancyAsync(vacancy.Id)).StatusCode.ShouldBe(HttpStatusCode.NotFound, "not public any more");
        (await host.Api().SearchVacanciesAsync(new VacancyQuery { Q = "seizoenswerk" })).Content!.Items.ShouldNotContain(v => v.Id == vacancy.Id);

        await RunExpiryJobAsync();

        (await ClosedEventsAsync(vacancy.Id)).ShouldBe(1, "a second run closes nothing again");
        (await employer.Api.GetVacancyAsync(vacancy.Id)).Content!.ClosedAt.ShouldBe(expired.ClosedAt);
    }

    [Fact]
    public async Task A_vacancy_valid_through_today_or_tomorrow_stays_open()
    {
        TestUser employer = await host.UserAsync(Roles.Employer);
        Vacancy past = await PublishAsync(employer, SampleVacancies.Forklift("Heftruckchauffeur gisteren"));
        Vacancy today = await PublishAsync(employer, SampleVacancies.Forklift("Orderpicker vandaag") with { Description = "<p>Vandaag is de laatste dag om te reageren.</p>" });
        Vacancy tomorrow = await PublishAsync(employer, SampleVacancies.Forklift("Reachtruckchauffeur morgen") with { Description = "<p>Tot en met morgen kun je solliciteren.</p>" });
        await host.ScalarAsync<int>("UPDATE vacancies.vacancies SET content_valid_through = current_date - 1 WHERE id = $1", past.Id);
        await host.ScalarAsync<int>("UPDATE vacancies.vacancies SET content_valid_through = (now() AT TIME ZONE 'Europe/Amsterdam')::date WHERE id = $1", today.Id);
        await host.ScalarAsync<int>("UPDATE vacancies.vacancies SET content_valid_through = (now() AT TIME ZONE 'Europe/Amsterdam')::date + 1 WHERE id = $1", tomorrow.Id);

        await RunExpiryJobAsync();

        (await StatusAsync(past.Id)).ShouldBe("Expired", "the run did happen");
        (await StatusAsync(today.Id)).ShouldBe("Published", "valid through today is valid all of today");
        (await StatusAsync(tomorrow.Id)).ShouldBe("Published");
        (await ClosedEventsAsync(today.Id)).ShouldBe(0);
        (await ClosedEventsAsync(tomorrow.Id)).ShouldBe(0);
    }

    [Fact]
    public async Task An_expired_vacancy_is_republished_only_with_a_new_valid_through_date()
    {
        TestUser employer = await host.UserAsync(Roles.Employer);
        VacancyDraft content = SampleVacancies.Forklift("Heftruckchauffeur herhaling");
        Vacancy vacancy = await PublishAsync(employer, content);
        await host.ScalarAsync<int>("UPDATE vacancies.vacancies SET content_valid_through = current_date - 1 WHERE id = $1", vacancy.Id);
        await RunExpiryJobAsync();
        (await StatusAsync(vacancy.Id)).ShouldBe("Expired");

        var refused = await employer.Api.PublishVacancyAsync(vacancy.Id);

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        using (JsonDocument problem = JsonDocument.Parse(((Refit.ApiException)refused.Error!).Content!))
        {
            problem.RootElement.GetProperty("errors").TryGetProperty("validThrough", out _).ShouldBeTrue();
        }

        (await StatusAsync(vacancy.Id)).ShouldBe("Expired");

        var edited = await employer.Api.EditVacancyAsync(vacancy.Id, content with { ValidThrough = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(14) });
        edited.StatusCode.ShouldBe(HttpStatusCode.OK, (edited.Error as Refit.ApiException)?.Content);
        edited.Content!.Status.ShouldBe("expired", "editing alone does not publish");

        var republished = await employer.Api.PublishVacancyAsync(vacancy.Id);

        republished.StatusCode.ShouldBe(HttpStatusCode.OK, (republished.Error as Refit.ApiException)?.Content);
        republished.Content!.Status.ShouldBe("published");
        republished.Content.ClosedReason.ShouldBeNull();
        (await host.Api().GetVacancyAsync(vacancy.Id)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await host.ScalarAsync<long>("SELECT count(*) FROM vacancies.outbox_messages WHERE type LIKE '%VacancyPublished%' AND payload->'vacancy'->>'vacancyId' = $1", vacancy.Id.ToString()))
            .ShouldBe(2);
    }

    /// <summary>
    /// Triggers the recurring job now and waits until Hangfire reports how that run ended. A run that threw is
    /// scheduled for a retry rather than failed, so "Scheduled" ends the wait too, with the exception as its reason.
    /// </summary>
    private Task RunExpiryJobAsync() => host.RunRecurringJobAsync(JobId);

    private static async Task<Vacancy> PublishAsync(TestUser employer, VacancyDraft draft)
    {
        var response = await employer.Api.CreateVacancyAsync(draft);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, (response.Error as Refit.ApiException)?.Content);
        return response.Content!;
    }

    private Task<string?> StatusAsync(Guid id) => host.ScalarAsync<string>("SELECT status FROM vacancies.vacancies WHERE id = $1", id);

    private async Task<long> ClosedEventsAsync(Guid id, string? reason = null) =>
        await host.ScalarAsync<long>(
            "SELECT count(*) FROM vacancies.outbox_messages WHERE type LIKE '%VacancyClosed%' AND payload->>'vacancyId' = $1 AND ($2 = '' OR payload->>'reason' = $2)",
            id.ToString(), reason ?? "");
}

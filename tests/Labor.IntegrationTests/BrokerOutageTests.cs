using System.Diagnostics;
using System.Net;
using Labor.BuildingBlocks.Messaging;
using Labor.BuildingBlocks.Security;
using Labor.Client;
using Labor.Jobseekers.Contracts;
using Labor.Jobseekers.Data;
using Labor.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Labor.IntegrationTests;

[Collection(Outages.Name)]
public sealed class BrokerOutageTests(LaborHost host) : IClassFixture<LaborHost>
{
    [Fact]
    public async Task An_event_written_while_the_broker_is_stopped_is_delivered_after_it_starts_again()
    {
        using HttpClient http = host.CreateHttpClient();
        TestUser employer = await host.UserAsync(Roles.Employer);
        await host.Broker.StopAsync();
        Vacancy vacancy;
        try
        {
            await Eventually.TrueAsync(async () => (await http.GetAsync(new Uri("/health/ready", UriKind.Relative))).StatusCode == HttpStatusCode.ServiceUnavailable,
                TimeSpan.FromSeconds(30), "readiness to report the broker outage");

            var response = await employer.Api.CreateVacancyAsync(SampleVacancies.Forklift("Chauffeur"));
            response.StatusCode.ShouldBe(HttpStatusCode.Created);
            vacancy = response.Content!;

            // The dispatcher tried, failed at its deadline, and left the event pending.
            await Eventually.TrueAsync(
                async () => await host.ScalarAsync<int>("SELECT attempts FROM vacancies.outbox_messages WHERE payload->'vacancy'->>'vacancyId' = $1", vacancy.Id.ToString()) > 0,
                TimeSpan.FromSeconds(30), "a failed publish attempt");
            (await host.ScalarAsync<long>("SELECT count(*) FROM vacancies.outbox_messages WHERE sent_at IS NULL AND payload->'vacancy'->>'vacancyId' = $1", vacancy.Id.ToString())).ShouldBe(1);
        }
        finally
        {
            await host.Broker.StartAsync();
        }

        await Eventually.TrueAsync(
            async () => await host.ScalarAsync<long>("SELECT count(*) FROM matching.vacancies WHERE vacancy_id = $1", vacancy.Id) == 1,
            TimeSpan.FromSeconds(120), "delivery after the broker returned");
        (await host.ScalarAsync<long>("SELECT count(*) FROM vacancies.outbox_messages WHERE sent_at IS NOT NULL AND payload->'vacancy'->>'vacancyId' = $1", vacancy.Id.ToString())).ShouldBe(1);
        await Eventually.TrueAsync(async () => (await http.GetAsync(new Uri("/health/ready", UriKind.Relative))).StatusCode == HttpStatusCode.OK,
            TimeSpan.FromSeconds(60), "readiness to recover");
    }

    /// <summary>
    /// Ten thousand events staged while the broker is down for 30 seconds each take effect exactly once in each of
    /// their three consumers (matching, the sector tables' figures, accounts), with no restart; a request made during
    /// the outage is answered at once.
    /// </summary>
    [Fact]
    public async Task Ten_thousand_events_through_a_thirty_second_outage_each_take_effect_once_in_every_consumer()
    {
        const int events = 10_000;
        TestUser employer = await host.UserAsync(Roles.Employer);
        Guid[] people = [.. Enumerable.Range(0, events).Select(_ => Guid.NewGuid())];
        await host.Broker.StopAsync();
        try
        {
            long start = Stopwatch.GetTimestamp();
            for (int batch = 0; batch < events; batch += 1_000)
            {
                await StageErasuresAsync(people[batch..(batch + 1_000)]);
            }

            long requestStart = Stopwatch.GetTimestamp();
            (await employer.Api.CreateVacancyAsync(SampleVacancies.Forklift("Tijdens de storing"))).StatusCode.ShouldBe(HttpStatusCode.Created);
            Stopwatch.GetElapsedTime(requestStart).ShouldBeLessThan(TimeSpan.FromSeconds(2), "a request does not wait for the broker");

            // The outage itself lasts 30 seconds, whatever the events took to stage.
            TimeSpan left = TimeSpan.FromSeconds(30) - Stopwatch.GetElapsedTime(start);
            if (left > TimeSpan.Zero)
            {
                await Task.Delay(left);
            }

            (await host.ScalarAsync<long>("SELECT count(*) FROM matching.erased_jobseekers WHERE jobseeker_id = ANY($1)", people)).ShouldBe(0);
        }
        finally
        {
            await host.Broker.StartAsync();
        }

        await Eventually.TrueAsync(
            async () => await host.ScalarAsync<long>("SELECT count(*) FROM matching.erased_jobseekers WHERE jobseeker_id = ANY($1)", people) == events
                && await host.ScalarAsync<long>("SELECT count(*) FROM sectortables.jobseekers WHERE jobseeker_id = ANY($1) AND erased_at IS NOT NULL", people) == events
                && await InboxRowsAsync("accounts", people) == events,
            TimeSpan.FromSeconds(300), "every event's effect in every consumer after the broker returned");
        (await InboxRowsAsync("matching", people)).ShouldBe(events, "once each");
        (await InboxRowsAsync("sectortables", people)).ShouldBe(events, "once each");
        (await InboxRowsAsync("accounts", people)).ShouldBe(events, "once each");
        (await host.ScalarAsync<long>("SELECT count(*) FROM jobseekers.outbox_messages WHERE sent_at IS NULL AND payload->>'jobseekerId' = ANY($1)", (object)people.Select(id => id.ToString()).ToArray()))
            .ShouldBe(0, "every event was published");
    }

    /// <summary>As the jobseekers module's erasure does: the event staged in its outbox by the transaction's SaveChanges.</summary>
    private async Task StageErasuresAsync(IEnumerable<Guid> people)
    {
        await using AsyncServiceScope scope = host.Services.CreateAsyncScope();
        JobseekersDbContext db = scope.ServiceProvider.GetRequiredService<JobseekersDbContext>();
        foreach (Guid id in people)
        {
            db.AddIntegrationEvent(new JobseekerErased(id, DateTimeOffset.UtcNow), DateTimeOffset.UtcNow);
        }

        await db.SaveChangesAsync();
    }

    /// <summary>A module's inbox rows for this test's events: the published message id is the outbox row's id.</summary>
    private Task<long> InboxRowsAsync(string schema, Guid[] people) =>
        host.ScalarAsync<long>(
            $"SELECT count(*) FROM {schema}.inbox_messages i JOIN jobseekers.outbox_messages o ON o.id = i.message_id WHERE o.payload->>'jobseekerId' = ANY($1)",
            (object)people.Select(id => id.ToString()).ToArray());
}

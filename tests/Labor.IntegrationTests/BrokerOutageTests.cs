using System.Net;
using Labor.BuildingBlocks.Security;
using Labor.Client;
using Labor.Testing;

namespace Labor.IntegrationTests;

/// <summary>Stopping the real broker affects every host on it, so this collection runs alone.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BrokerOutage
{
    public const string Name = "broker outage";
}

[Collection(BrokerOutage.Name)]
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
}

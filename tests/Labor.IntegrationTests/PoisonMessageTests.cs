using System.Text.Json;
using Labor.Testing;
using Labor.Vacancies.Contracts;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Labor.IntegrationTests;

public sealed class PoisonMessageTests(LaborHost host) : IClassFixture<LaborHost>
{
    [Fact]
    public async Task A_message_that_can_never_be_handled_is_retried_then_parked_in_the_error_queue()
    {
        // Matching stores at most 200 characters of a title: this one fails on every attempt.
        var poison = SampleVacancies.PublishedEvent(Guid.NewGuid(), new string('x', 300));
        await host.Services.GetRequiredService<IBus>().Publish(poison);

        await Eventually.TrueAsync(async () => await ErrorQueueDepthAsync() == 1, TimeSpan.FromSeconds(90), "the message in the _error queue");
        JsonElement parked = await PeekErrorQueueAsync();
        parked.GetProperty("properties").GetProperty("headers").GetProperty("MT-Fault-RetryCount").GetInt32().ShouldBe(5, "it was retried before it was parked");
        parked.GetProperty("payload").GetString()!.ShouldContain(poison.Vacancy.VacancyId.ToString());
        (await host.ScalarAsync<long>("SELECT count(*) FROM matching.vacancies WHERE vacancy_id = $1", poison.Vacancy.VacancyId)).ShouldBe(0);
        (await host.ScalarAsync<long>("SELECT count(*) FROM matching.inbox_messages")).ShouldBe(0, "a failed attempt leaves no inbox record");
    }

    private const string ErrorQueue = "matching-vacancy-published_error";

    private async Task<JsonElement> PeekErrorQueueAsync()
    {
        using HttpClient management = host.Rabbit.Management();
        using var request = new StringContent("""{"count":1,"ackmode":"ack_requeue_true","encoding":"auto"}""", System.Text.Encoding.UTF8, "application/json");
        using HttpResponseMessage response = await management.PostAsync(new Uri($"api/queues/{host.VirtualHost}/{ErrorQueue}/get", UriKind.Relative), request);
        response.EnsureSuccessStatusCode();
        using JsonDocument messages = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return messages.RootElement[0].Clone();
    }

    private async Task<int> ErrorQueueDepthAsync()
    {
        using HttpClient management = host.Rabbit.Management();
        using HttpResponseMessage response = await management.GetAsync(new Uri($"api/queues/{host.VirtualHost}/{ErrorQueue}", UriKind.Relative));
        if (!response.IsSuccessStatusCode)
        {
            return 0;
        }

        using JsonDocument queue = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return queue.RootElement.TryGetProperty("messages", out JsonElement messages) ? messages.GetInt32() : 0;
    }
}

using System.Diagnostics;
using System.Globalization;
using Labor.Testing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Labor.Bench;

/// <summary>A message no queue is bound to: both paths pay for publishing and confirms, neither for consumers.</summary>
public sealed record BenchPing(Guid Id, string Text, DateTimeOffset At);

/// <summary>
/// How fast events leave a module through its outbox (claim with SKIP LOCKED, publish with confirms, mark sent),
/// against publishing the same messages straight to the bus, which is the ceiling the outbox can approach.
/// </summary>
internal static class OutboxThroughput
{
    public static async Task RunAsync(int events)
    {
        var host = new LaborHost();
        host.Settings["Outbox:PollInterval"] = "00:00:00.010";
        host.Settings["Hangfire:Server"] = "false";
        await host.InitializeAsync();
        try
        {
            IBus bus = host.Services.GetRequiredService<IBus>();
            await bus.Publish(new BenchPing(Guid.NewGuid(), "warm-up", DateTimeOffset.UtcNow));

            var direct = Stopwatch.StartNew();
            for (int i = 0; i < events; i++)
            {
                await bus.Publish(new BenchPing(Guid.NewGuid(), "direct", DateTimeOffset.UtcNow));
            }

            direct.Stop();

            var outbox = Stopwatch.StartNew();
            await host.ScalarAsync<long>(
                """
                INSERT INTO vacancies.outbox_messages (id, type, payload, occurred_at, attempts)
                SELECT gen_random_uuid(), 'Labor.Bench.BenchPing, Labor.Bench',
                       jsonb_build_object('id', gen_random_uuid(), 'text', 'outbox', 'at', now()), clock_timestamp(), 0
                FROM generate_series(1, $1)
                """, events);
            await Eventually.TrueAsync(
                async () => await host.ScalarAsync<long>("SELECT count(*) FROM vacancies.outbox_messages WHERE sent_at IS NULL") == 0,
                TimeSpan.FromMinutes(10), "the outbox to drain");
            outbox.Stop();

            double directRate = events / direct.Elapsed.TotalSeconds;
            double outboxRate = events / outbox.Elapsed.TotalSeconds;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""

                Outbox throughput: {events:N0} events through the real RabbitMQ with publisher confirms, {Environment.ProcessorCount} cores
                  baseline  IBus.Publish, one after another   {directRate,8:N0} events/s   ({direct.Elapsed.TotalSeconds:N2} s)
                  outbox    insert, claim, publish, mark sent  {outboxRate,8:N0} events/s   ({outbox.Elapsed.TotalSeconds:N2} s, {outboxRate / directRate:P0} of baseline)
                """));
        }
        finally
        {
            await ((IAsyncLifetime)host).DisposeAsync();
        }
    }
}

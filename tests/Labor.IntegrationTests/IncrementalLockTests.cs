using Labor.Jobseekers.Contracts;
using Labor.Testing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Labor.IntegrationTests;

/// <summary>
/// Incremental matching runs one at a time on every host (an advisory lock). An event that waits longer than a
/// command may take (30 s) for a long run before it waits on, instead of failing into retries and, in a long burst,
/// the error queue (docs/reliability.md).
/// </summary>
public sealed class IncrementalLockTests(LaborHost host) : IClassFixture<LaborHost>
{
    private const long IncrementalLock = 7_100_001;

    [Fact]
    public async Task An_event_waits_out_a_run_longer_than_the_command_timeout_and_is_handled_without_a_failure()
    {
        Guid jobseeker = Guid.NewGuid();
        await using var run = new NpgsqlConnection(host.ConnectionString);
        await run.OpenAsync();
        await using NpgsqlTransaction transaction = await run.BeginTransactionAsync();
        await using (var hold = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({IncrementalLock})", run, transaction))
        {
            await hold.ExecuteNonQueryAsync();
        }

        await host.Services.GetRequiredService<IBus>().Publish(new JobseekerConsentChanged(jobseeker, true, DateTimeOffset.UtcNow));
        await Eventually.TrueAsync(WaitsOnTheLockAsync, TimeSpan.FromSeconds(30), "the consumer to wait on the incremental lock");
        // The stand-in for a long incremental run: it holds the lock past the 30 s a command may take.
        await Task.Delay(TimeSpan.FromSeconds(35));
        await transaction.CommitAsync();

        await Eventually.TrueAsync(
            async () => await host.ScalarAsync<long>("SELECT count(*) FROM matching.jobseekers WHERE jobseeker_id = $1 AND consented", jobseeker) == 1,
            TimeSpan.FromSeconds(30), "the event handled once the run let go");
        host.Logs.Lines.ShouldNotContain(line => line.Contains("pg_advisory_xact_lock", StringComparison.Ordinal), "no wait failed");
    }

    private async Task<bool> WaitsOnTheLockAsync() =>
        await host.ScalarAsync<long>("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted AND objid = $1", (long)IncrementalLock) > 0;
}

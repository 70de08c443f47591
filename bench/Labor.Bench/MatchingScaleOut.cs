using System.Diagnostics;
using System.Globalization;
using Labor.Testing;
using Npgsql;
using Xunit;

namespace Labor.Bench;

/// <summary>
/// Design rule 8 measured: the nightly run's chunks are Hangfire jobs any host takes, so a second host finishes the
/// run sooner. Each host here is a one-core machine (one matching thread, one Hangfire worker), the most this 2-core
/// box can give two hosts; both run in this process against the same PostgreSQL, as siblings of one installation.
/// The same run on the same data, first with one host, then with two.
/// </summary>
internal static class MatchingScaleOut
{
    public static async Task RunAsync(string commandLine, int jobseekerCount, int vacancyCount)
    {
        var first = OneCoreHost(new LaborHost());
        await first.InitializeAsync();
        LaborHost? second = null;
        try
        {
            await using NpgsqlDataSource dataSource = NpgsqlDataSource.Create(first.ConnectionString);
            (_, string description) = await MatchingWorld.CreateAsync(first, dataSource, MatchingBench.Seed, jobseekerCount, vacancyCount);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"\n$ {commandLine}\n{description}\n"));

            (TimeSpan one, int chunks) = await TimedRunAsync(first);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  one host (1 matching thread, 1 Hangfire worker): {one.TotalMinutes:N2} min for {chunks} chunks; load average {MatchingWorld.LoadAverage()}"));

            second = OneCoreHost(LaborHost.SiblingOf(first));
            await second.InitializeAsync();
            DateTime secondStarted = DateTime.UtcNow;
            (TimeSpan two, _) = await TimedRunAsync(first);
            // Which server took each chunk, from Hangfire's own record of its jobs' states.
            List<long> byHost = await first.ListAsync<long>("""
                SELECT count(*) FROM hangfire.state s JOIN hangfire.job j ON j.id = s.jobid
                WHERE s.name = 'Succeeded' AND j.createdat >= $1 AND j.invocationdata::text LIKE '%NightlyChunk%'
                GROUP BY (SELECT p.data::jsonb ->> 'ServerId' FROM hangfire.state p WHERE p.jobid = j.id AND p.name = 'Processing' ORDER BY p.id DESC LIMIT 1)
                ORDER BY 1 DESC
                """, secondStarted);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
                  two hosts, the same each:                         {two.TotalMinutes:N2} min, chunks taken per host {string.Join(" / ", byHost)}; load average {MatchingWorld.LoadAverage()}

                summary ({jobseekerCount:N0} x {vacancyCount:N0})     one host        two hosts       speed-up
                  nightly run end to end             {one.TotalMinutes,8:N2} min    {two.TotalMinutes,8:N2} min    {one / two,6:N2}x   (ideal 2x; the finish, ranking and swapping, runs on one host)
                """));
        }
        finally
        {
            if (second is not null)
            {
                await ((IAsyncLifetime)second).DisposeAsync();
            }

            await ((IAsyncLifetime)first).DisposeAsync();
        }
    }

    private static LaborHost OneCoreHost(LaborHost host)
    {
        host.Settings["Matching:Workers"] = "1";
        host.Settings["Hangfire:Workers"] = "1";
        return host;
    }

    private static async Task<(TimeSpan Elapsed, int Chunks)> TimedRunAsync(LaborHost host)
    {
        long start = Stopwatch.GetTimestamp();
        await host.RunNightlyMatchingAsync(TimeSpan.FromHours(2));
        TimeSpan elapsed = Stopwatch.GetElapsedTime(start);
        int chunks = await host.ScalarAsync<int>("SELECT chunks FROM matching.runs WHERE status = 'Finished' ORDER BY finished_at DESC LIMIT 1");
        return (elapsed, chunks);
    }
}

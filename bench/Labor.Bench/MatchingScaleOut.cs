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
    public static async Task RunAsync(string commandLine, int jobseekerCount, int vacancyCount, int runs)
    {
        var first = OneCoreHost(new LaborHost());
        await first.InitializeAsync();
        LaborHost? second = null;
        try
        {
            await using NpgsqlDataSource dataSource = NpgsqlDataSource.Create(first.ConnectionString);
            (_, string description) = await MatchingWorld.CreateAsync(first, dataSource, MatchingBench.Seed, jobseekerCount, vacancyCount);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"\n$ {commandLine}\n{description}\n"));

            // Each setting runs `runs` times (two by default) and the fastest run counts, so the first run's warm-up
            // (JIT, PostgreSQL's cache) does not count against one host.
            TimeSpan one = TimeSpan.MaxValue;
            for (int run = 1; run <= runs; run++)
            {
                (TimeSpan elapsed, string parts) = await TimedRunAsync(first);
                one = elapsed < one ? elapsed : one;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  one host (1 matching thread, 1 Hangfire worker), run {run}: {elapsed.TotalMinutes:N2} min ({parts}); load average {MatchingWorld.LoadAverage()}"));
            }

            second = OneCoreHost(LaborHost.SiblingOf(first));
            await second.InitializeAsync();
            TimeSpan two = TimeSpan.MaxValue;
            for (int run = 1; run <= runs; run++)
            {
                DateTime started = DateTime.UtcNow;
                (TimeSpan elapsed, string parts) = await TimedRunAsync(first);
                two = elapsed < two ? elapsed : two;
                List<long> byHost = await ChunksPerHostAsync(first, started);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  two hosts, the same each, run {run}:                 {elapsed.TotalMinutes:N2} min ({parts}), chunks taken per host {string.Join(" / ", byHost)}; load average {MatchingWorld.LoadAverage()}"));
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""

                summary ({jobseekerCount:N0} x {vacancyCount:N0}), fastest of {runs} run(s)  one host        two hosts       speed-up
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

    /// <summary>Which server took each chunk, from Hangfire's own record of its jobs' states.</summary>
    private static Task<List<long>> ChunksPerHostAsync(LaborHost host, DateTime since) =>
        host.ListAsync<long>("""
            SELECT count(*) FROM hangfire.state s JOIN hangfire.job j ON j.id = s.jobid
            WHERE s.name = 'Succeeded' AND j.createdat >= $1 AND j.invocationdata::text LIKE '%NightlyChunk%'
            GROUP BY (SELECT p.data::jsonb ->> 'ServerId' FROM hangfire.state p WHERE p.jobid = j.id AND p.name = 'Processing' ORDER BY p.id DESC LIMIT 1)
            ORDER BY 1 DESC
            """, since);

    private static LaborHost OneCoreHost(LaborHost host)
    {
        host.Settings["Matching:Workers"] = "1";
        host.Settings["Hangfire:Workers"] = "1";
        return host;
    }

    private static async Task<(TimeSpan Elapsed, string Parts)> TimedRunAsync(LaborHost host)
    {
        NightlyFigures run = await MatchingNightly.RunAsync(host);
        return (run.Elapsed, string.Create(CultureInfo.InvariantCulture, $"{run.Run.Chunks} chunks, the finish after the last chunk {run.Timeline.Finish:N1} s"));
    }
}

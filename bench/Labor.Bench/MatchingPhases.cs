using System.Diagnostics;
using Labor.Matching.Engine;
using Labor.Matching.Runs;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Labor.Bench;

/// <summary>A nightly run's lists, computed by <see cref="MatchingPhases.Match"/>.</summary>
internal sealed record MatchLists(Hit[][] Jobseekers, VacancyLists[] VacanciesByWorker);

/// <summary>
/// The nightly run's three phases one at a time, to see where its time goes: reading the read model into an index,
/// the parallel in-memory pass (the same work <see cref="NightlyChunk"/> does per chunk, over all jobseekers at once),
/// and writing the lists with binary COPY into fresh tables that get the swapped-in tables' key and index.
/// </summary>
internal static class MatchingPhases
{
    private const string MatchesTable = "bench_jobseeker_matches";
    private const string CandidatesTable = "bench_vacancy_candidates";

    public static async Task<(MatchIndex Index, TimeSpan Elapsed)> LoadAsync(IServiceProvider services)
    {
        long start = Stopwatch.GetTimestamp();
        await using AsyncServiceScope scope = services.CreateAsyncScope();
        MatchIndex index = await scope.ServiceProvider.GetRequiredService<MatchLoader>().LoadAsync(CancellationToken.None);
        return (index, Stopwatch.GetElapsedTime(start));
    }

    /// <summary>NightlyChunk's own pass, over all jobseekers at once.</summary>
    public static (MatchLists Lists, TimeSpan Elapsed) Match(MatchIndex index, int workers)
    {
        long start = Stopwatch.GetTimestamp();
        VacancyLists[] vacancyLists = [.. Enumerable.Range(0, workers).Select(_ => new VacancyLists(index.Vacancies.Count, NightlyRun.VacancyListSize))];
        Hit[][] lists = NightlyPass.MatchJobseekers(index, 0, index.Jobseekers.Count, workers, vacancyLists);
        return (new MatchLists(lists, vacancyLists), Stopwatch.GetElapsedTime(start));
    }

    /// <summary>Both kinds of list into fresh tables in matching's schema (logged, like the run's), then key, index and ANALYZE.</summary>
    public static async Task<(int Matches, int Candidates, TimeSpan Elapsed)> WriteAsync(NpgsqlDataSource dataSource, MatchIndex index, MatchLists lists)
    {
        await using NpgsqlConnection connection = await dataSource.OpenConnectionAsync();
        await ExecuteAsync(connection,
            $"CREATE TABLE matching.{MatchesTable} (LIKE matching.{MatchTables.JobseekerMatches} INCLUDING DEFAULTS); " +
            $"CREATE TABLE matching.{CandidatesTable} (LIKE matching.{MatchTables.VacancyCandidates} INCLUDING DEFAULTS)");
        long start = Stopwatch.GetTimestamp();
        DateTimeOffset now = DateTimeOffset.UtcNow;
        int matches = MatchWriter.Copy(connection, MatchesTable, NightlyPass.JobseekerRows(index, lists.Jobseekers), now);
        int candidates = MatchWriter.Copy(connection, CandidatesTable, NightlyPass.CandidateRows(index, lists.VacanciesByWorker), now);
        await ExecuteAsync(connection,
            $"ALTER TABLE matching.{MatchesTable} ADD PRIMARY KEY (jobseeker_id, rank); CREATE INDEX ON matching.{MatchesTable} (vacancy_id); " +
            $"ALTER TABLE matching.{CandidatesTable} ADD PRIMARY KEY (vacancy_id, rank); CREATE INDEX ON matching.{CandidatesTable} (jobseeker_id); " +
            $"ANALYZE matching.{MatchesTable}; ANALYZE matching.{CandidatesTable}");
        TimeSpan elapsed = Stopwatch.GetElapsedTime(start);
        await ExecuteAsync(connection, $"DROP TABLE matching.{MatchesTable}; DROP TABLE matching.{CandidatesTable}");
        return (matches, candidates, elapsed);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}

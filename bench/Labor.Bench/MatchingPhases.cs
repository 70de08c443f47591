using System.Diagnostics;
using Labor.Matching.Engine;
using Labor.Matching.Runs;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Labor.Bench;

/// <summary>A nightly run's lists, computed by <see cref="MatchingPhases.Match"/>.</summary>
internal sealed record MatchLists(Hit[][] Jobseekers, TopList<Hit>?[][] VacanciesByWorker);

/// <summary>
/// The nightly run's three phases one at a time, to see where its time goes: reading the read model into an index,
/// the parallel in-memory pass (the same work <see cref="NightlyRun"/> does per chunk, over all jobseekers at once),
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

    /// <summary>As NightlyRun.MatchChunk: each worker takes every n-th jobseeker and keeps its own vacancies' lists of consenting people.</summary>
    public static (MatchLists Lists, TimeSpan Elapsed) Match(MatchIndex index, int workers)
    {
        long start = Stopwatch.GetTimestamp();
        int count = index.Jobseekers.Count;
        var lists = new Hit[count][];
        var vacancyLists = new TopList<Hit>?[workers][];
        Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, w =>
        {
            MatchIndex.Workspace work = index.NewWorkspace();
            var top = new TopList<Hit>(NightlyRun.JobseekerListSize);
            TopList<Hit>?[] mine = vacancyLists[w] = new TopList<Hit>?[index.Vacancies.Count];
            Action<int, Hit> offer = (vacancy, hit) =>
                (mine[vacancy] ??= new TopList<Hit>(NightlyRun.VacancyListSize)).Offer(hit.Score.Total, index.Jobseekers[hit.Jobseeker].Id, hit);
            for (int jobseeker = w; jobseeker < count; jobseeker += workers)
            {
                top.Clear();
                index.MatchJobseeker(jobseeker, work, top, index.Jobseekers[jobseeker].Consented ? offer : null);
                lists[jobseeker] = [.. top.Items()];
            }
        });
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
        int matches = MatchWriter.Copy(connection, MatchesTable, JobseekerRows(index, lists.Jobseekers), now);
        int candidates = MatchWriter.Copy(connection, CandidatesTable, CandidateRows(index, lists.VacanciesByWorker), now);
        await ExecuteAsync(connection,
            $"ALTER TABLE matching.{MatchesTable} ADD PRIMARY KEY (jobseeker_id, rank); CREATE INDEX ON matching.{MatchesTable} (vacancy_id); " +
            $"ALTER TABLE matching.{CandidatesTable} ADD PRIMARY KEY (vacancy_id, rank); CREATE INDEX ON matching.{CandidatesTable} (jobseeker_id); " +
            $"ANALYZE matching.{MatchesTable}; ANALYZE matching.{CandidatesTable}");
        TimeSpan elapsed = Stopwatch.GetElapsedTime(start);
        await ExecuteAsync(connection, $"DROP TABLE matching.{MatchesTable}; DROP TABLE matching.{CandidatesTable}");
        return (matches, candidates, elapsed);
    }

    private static IEnumerable<(short, Guid, Guid, Score)> JobseekerRows(MatchIndex index, Hit[][] lists)
    {
        foreach (Hit[] list in lists)
        {
            for (int rank = 0; rank < list.Length; rank++)
            {
                Hit hit = list[rank];
                yield return ((short)(rank + 1), index.Jobseekers[hit.Jobseeker].Id, index.Vacancies[hit.Vacancy].Id, hit.Score);
            }
        }
    }

    /// <summary>Each vacancy's best consenting candidates, merged from every worker's list (as the run does).</summary>
    private static IEnumerable<(short, Guid, Guid, Score)> CandidateRows(MatchIndex index, TopList<Hit>?[][] byWorker)
    {
        var merged = new TopList<Hit>(NightlyRun.VacancyListSize);
        for (int vacancy = 0; vacancy < index.Vacancies.Count; vacancy++)
        {
            merged.Clear();
            foreach (TopList<Hit>?[] worker in byWorker)
            {
                foreach (Hit hit in worker[vacancy]?.Items() ?? [])
                {
                    merged.Offer(hit.Score.Total, index.Jobseekers[hit.Jobseeker].Id, hit);
                }
            }

            short rank = 0;
            foreach (Hit hit in merged.Items())
            {
                yield return (++rank, index.Jobseekers[hit.Jobseeker].Id, index.Vacancies[vacancy].Id, hit.Score);
            }
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}

using System.Text.Json;
using Labor.BuildingBlocks.Messaging;
using Labor.BuildingBlocks.Persistence;
using Labor.Matching.Contracts;
using Labor.Matching.Data;
using Labor.Matching.Engine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Labor.Matching.Runs;

/// <summary>
/// The nightly job "matching-nightly": every jobseeker against every open vacancy. Jobseekers are matched in chunks;
/// each chunk's lists are written and the run's progress recorded in one transaction, so a run stopped midway
/// (a crash, a deploy) carries on from its last chunk when started again. The vacancies' lists need the whole pass,
/// so a resumed run recomputes the finished chunks without writing them again. Both lists are swapped in at the end.
/// </summary>
internal sealed class NightlyRun(
    MatchingDbContext db, MatchLoader loader, IncrementalMatching incremental, TimeProvider time, IOptions<MatchingOptions> options, ILogger<NightlyRun> logger)
{
    public const string JobId = "matching-nightly";
    public const int JobseekerListSize = 20;
    public const int VacancyListSize = 50;

    /// <summary>A run older than this is not resumed but started afresh: its data is a day old.</summary>
    private static readonly TimeSpan ResumeWithin = TimeSpan.FromHours(12);

    public async Task<MatchRun> RunAsync(CancellationToken cancellationToken)
    {
        MatchRun run = await ResumeOrStartAsync(cancellationToken);
        MatchIndex index = await loader.LoadAsync(cancellationToken);
        await db.Database.OpenConnectionAsync(cancellationToken);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        if (run.ChunksDone == 0 || !await MatchWriter.NextTablesExistAsync(connection, cancellationToken))
        {
            await MatchWriter.CreateNextTablesAsync(connection, cancellationToken);
            run.ChunksDone = 0;
        }

        // Resuming: whose lists were written before the stop. By id, not position: the pool may have changed since.
        HashSet<Guid> written = run.ChunksDone == 0 ? [] : await MatchWriter.JobseekersInNextAsync(connection, cancellationToken);

        int workers = options.Value.WorkerCount;
        VacancyLists[] vacancyLists = [.. Enumerable.Range(0, workers).Select(_ => new VacancyLists(index.Vacancies.Count, VacancyListSize))];

        var tally = new SectorTally(index.Concepts);
        int chunkSize = run.ChunkSize;
        int chunks = (index.Jobseekers.Count + chunkSize - 1) / chunkSize;
        // Work beside this session (the next chunk's matching, a second session's index build) stops with the run.
        using var beside = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        Task<Hit[][]>? matching = null;
        Task? indexed = null;
        int candidates;
        try
        {
            // The next chunk is matched while this one is written: the cores match while PostgreSQL takes the COPY.
            matching = chunks > 0 ? MatchChunkAsync(index, 0, chunkSize, workers, vacancyLists, beside.Token) : null;
            for (int chunk = 0; chunk < chunks; chunk++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                Hit[][] lists = await matching!;
                matching = chunk + 1 < chunks ? MatchChunkAsync(index, (chunk + 1) * chunkSize, chunkSize, workers, vacancyLists, beside.Token) : null;
                foreach (Hit hit in lists.SelectMany(l => l))
                {
                    tally.Add(index.Jobseekers[hit.Jobseeker], index.Vacancies[hit.Vacancy], hit.Score);
                }

                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                MatchWriter.Copy(connection, MatchTables.Next(MatchTables.JobseekerMatches), JobseekerRows(index, lists).Where(r => !written.Contains(r.Item2)), run.StartedAt);
                run.ChunksDone = chunk + 1;
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }

            // The jobseekers' lists are complete: a second session indexes them while this one writes the vacancies' lists.
            indexed = IndexApartAsync(MatchTables.JobseekerMatches, beside.Token);
            await MatchWriter.ClearNextAsync(connection, MatchTables.VacancyCandidates, cancellationToken);
            candidates = MatchWriter.Copy(connection, MatchTables.Next(MatchTables.VacancyCandidates), CandidateRows(index, vacancyLists), run.StartedAt);
            await MatchWriter.IndexNextAsync(connection, MatchTables.VacancyCandidates, cancellationToken);
            await indexed;
        }
        catch
        {
            // A retry must not meet this attempt's index build holding the table, nor its matching still using the cores.
            await beside.CancelAsync();
            await SettledAsync(matching);
            await SettledAsync(indexed);
            throw;
        }

        await MatchWriter.SwapAsync(connection, cancellationToken);
        await FinishAsync(run, index, tally, cancellationToken);
        logger.LogInformation("Nightly run {RunId}: {Jobseekers} jobseekers, {Vacancies} vacancies, {Matches} matches, {Candidates} candidates",
            run.Id, run.Jobseekers, run.Vacancies, run.Matches, candidates);
        await incremental.CatchUpAsync(run.StartedAt, cancellationToken);
        return run;
    }

    private async Task IndexApartAsync(string table, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(db.Database.GetConnectionString());
        await connection.OpenAsync(cancellationToken);
        await MatchWriter.IndexNextAsync(connection, table, cancellationToken);
    }

    private static Task<Hit[][]> MatchChunkAsync(
        MatchIndex index, int first, int chunkSize, int workers, VacancyLists[] vacancyLists, CancellationToken cancellationToken) =>
        Task.Run(() => MatchJobseekers(index, first, Math.Min(chunkSize, index.Jobseekers.Count - first), workers, vacancyLists, cancellationToken), cancellationToken);

    /// <summary>Waits for work that was running beside a failed run; its own failure is the run's, already on its way.</summary>
    private static async Task SettledAsync(Task? task)
    {
        if (task is not null)
        {
            await Task.WhenAny(task);
            _ = task.Exception;
        }
    }

    /// <summary>
    /// The in-memory pass over jobseekers [first, first + count): each worker takes every n-th one, and offers the
    /// consenting ones' pairs to its own vacancies' lists.
    /// </summary>
    public static Hit[][] MatchJobseekers(
        MatchIndex index, int first, int count, int workers, VacancyLists[] vacancyLists, CancellationToken cancellationToken = default)
    {
        var lists = new Hit[count][];
        Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers, CancellationToken = cancellationToken }, w =>
        {
            MatchIndex.Workspace work = index.RentWorkspace();
            var top = new TopList<Hit>(JobseekerListSize);
            VacancyLists mine = vacancyLists[w];
            for (int i = w; i < count; i += workers)
            {
                top.Clear();
                int jobseeker = first + i;
                index.MatchJobseeker(jobseeker, work, top, index.Jobseekers[jobseeker].Consented ? mine : null);
                lists[i] = top.ToArray();
            }

            index.Return(work);
        });
        return lists;
    }

    public static IEnumerable<(short, Guid, Guid, Score)> JobseekerRows(MatchIndex index, Hit[][] lists)
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

    /// <summary>Each vacancy's best consenting candidates, merged from every worker's list, their scores' parts computed again.</summary>
    public static IEnumerable<(short, Guid, Guid, Score)> CandidateRows(MatchIndex index, VacancyLists[] vacancyLists)
    {
        MatchIndex.Workspace work = index.RentWorkspace();
        List<long> keys = [];
        for (int vacancy = 0; vacancy < index.Vacancies.Count; vacancy++)
        {
            keys.Clear();
            foreach (VacancyLists worker in vacancyLists)
            {
                foreach (long key in worker.Keys(vacancy))
                {
                    keys.Add(key);
                }
            }

            keys.Sort();
            short rank = 0;
            VacancyEntry v = index.Vacancies[vacancy];
            for (int i = keys.Count - 1; i >= 0 && rank < VacancyListSize; i--)
            {
                JobseekerEntry j = index.Jobseekers[VacancyLists.JobseekerOf(keys[i])];
                work.Marks.Mark(j, index.Concepts);
                if (Scorer.TryScore(j, work.Marks, v, index.Concepts, out Score score))
                {
                    yield return (++rank, j.Id, v.Id, score);
                }
            }
        }

        index.Return(work);
    }

    private async Task<MatchRun> ResumeOrStartAsync(CancellationToken cancellationToken)
    {
        DateTimeOffset now = time.GetUtcNow().ToStoredPrecision();
        MatchRun? unfinished = await db.Runs.Where(r => r.Status == RunStatus.Running).OrderByDescending(r => r.StartedAt).FirstOrDefaultAsync(cancellationToken);
        if (unfinished is not null && now - unfinished.StartedAt < ResumeWithin)
        {
            logger.LogInformation("Resuming nightly run {RunId} after {Chunks} chunks", unfinished.Id, unfinished.ChunksDone);
            return unfinished;
        }

        var run = new MatchRun { Id = Guid.CreateVersion7(now), StartedAt = now, Status = RunStatus.Running, ChunkSize = options.Value.ChunkSize };
        db.Runs.Add(run);
        await db.SaveChangesAsync(cancellationToken);
        return run;
    }

    private async Task FinishAsync(MatchRun run, MatchIndex index, SectorTally tally, CancellationToken cancellationToken)
    {
        DateTimeOffset now = time.GetUtcNow().ToStoredPrecision();
        IReadOnlyList<SectorMatches> sectors = tally.Sectors();
        run.Status = RunStatus.Finished;
        run.FinishedAt = now;
        run.Jobseekers = index.Jobseekers.Count;
        run.Vacancies = index.Vacancies.Count;
        run.Matches = tally.Total;
        run.SectorCounts = JsonSerializer.Serialize(sectors, JsonSerializerOptions.Web);
        db.AddIntegrationEvent(new MatchesFound(run.Id, "nightly", run.Jobseekers, run.Vacancies, run.Matches, sectors, now), now);
        await db.SaveChangesAsync(cancellationToken);
    }
}

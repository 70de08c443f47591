using System.Text.Json;
using Hangfire;
using Labor.BuildingBlocks.Persistence;
using Labor.Matching.Data;
using Labor.Matching.Engine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Labor.Matching.Runs;

/// <summary>
/// One chunk of a nightly run, a Hangfire job any host may take: its jobseekers against every open vacancy. Their
/// lists, the chunk's share of the vacancies' lists and its counts are written in one transaction, after which the
/// chunk is done; a chunk taken twice (a host thought dead, a retry) writes once. The chunk that completes the run
/// enqueues <see cref="NightlyFinish"/>.
/// </summary>
internal sealed class NightlyChunk(
    MatchingDbContext db, MatchLoader loader, RunIndex runIndex, IBackgroundJobClient jobs, IOptions<MatchingOptions> options, TimeProvider time, ILogger<NightlyChunk> logger)
{
    /// <summary>Retried soon: a database restart or a deploy is over in seconds, and the run waits for every chunk.</summary>
    [AutomaticRetry(Attempts = 20, DelaysInSeconds = [2, 3, 5, 5, 10, 10, 20, 30, 60, 120, 300, 600])]
    public async Task MatchAsync(Guid runId, int number, CancellationToken cancellationToken)
    {
        try
        {
            await MatchNowAsync(runId, number, cancellationToken);
        }
        catch (NpgsqlException e) when (e.IsTransient)
        {
            // After a database restart the pool still holds dead connections; each retry would meet one and fail again.
            NpgsqlConnection.ClearPool((NpgsqlConnection)db.Database.GetDbConnection());
            throw;
        }
    }

    private async Task MatchNowAsync(Guid runId, int number, CancellationToken cancellationToken)
    {
        MatchRun run = await db.Runs.AsNoTracking().SingleAsync(r => r.Id == runId, cancellationToken);
        MatchRunChunk chunk = await db.RunChunks.AsNoTracking().SingleAsync(c => c.RunId == runId && c.Number == number, cancellationToken);
        if (run.Status != RunStatus.Running || chunk.DoneAt is not null)
        {
            return;
        }

        HostRun hostRun = await runIndex.GetAsync(runId, loader, cancellationToken);
        MatchIndex index = hostRun.Index;
        (int first, int count) = index.JobseekersBetween(chunk.FromJobseekerId, chunk.ToJobseekerId);
        int workers = options.Value.WorkerCount;
        VacancyLists[] vacancyLists = [.. Enumerable.Range(0, workers).Select(_ => new VacancyLists(index.Vacancies.Count, NightlyRun.VacancyListSize))];
        Hit[][] lists = await Task.Run(() => NightlyPass.MatchJobseekers(index, first, count, workers, vacancyLists, cancellationToken), cancellationToken);
        var tally = new SectorTally(index.Concepts);
        foreach (Hit hit in lists.SelectMany(l => l))
        {
            tally.Add(index.Jobseekers[hit.Jobseeker], index.Vacancies[hit.Vacancy], hit.Score);
        }

        if (await WriteAsync(run, number, hostRun, lists, vacancyLists, tally, count, cancellationToken))
        {
            hostRun.Committed(vacancyLists);
            logger.LogInformation("Nightly run {RunId} chunk {Chunk}: {Jobseekers} jobseekers, {Matches} matches", runId, number, count, tally.Total);
        }
    }

    /// <returns>Whether this attempt wrote the chunk (not another one first, not after the run was abandoned).</returns>
    private async Task<bool> WriteAsync(
        MatchRun run, int number, HostRun hostRun, Hit[][] lists, VacancyLists[] vacancyLists, SectorTally tally, int jobseekers, CancellationToken cancellationToken)
    {
        MatchIndex index = hostRun.Index;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        // The chunk's row first: a second attempt at the same chunk waits here, then finds it done.
        List<int> open = await db.Database.SqlQuery<int>($"""
            SELECT 1 AS "Value" FROM matching.run_chunks WHERE run_id = {run.Id} AND number = {number} AND done_at IS NULL FOR UPDATE
            """).ToListAsync(cancellationToken);
        if (open.Count == 0)
        {
            return false;
        }

        MatchWriter.Copy(connection, MatchTables.Next(MatchTables.JobseekerMatches), NightlyPass.JobseekerRows(index, lists), run.StartedAt);
        MatchWriter.Copy(connection, MatchTables.CandidateShares, NightlyPass.CandidateRows(index, vacancyLists, hostRun.Shared), run.StartedAt);
        string sectors = JsonSerializer.Serialize(tally.Sectors(), JsonSerializerOptions.Web);
        await db.RunChunks.Where(c => c.RunId == run.Id && c.Number == number).ExecuteUpdateAsync(c => c
            .SetProperty(x => x.DoneAt, time.GetUtcNow().ToStoredPrecision())
            .SetProperty(x => x.Jobseekers, jobseekers)
            .SetProperty(x => x.Vacancies, index.Vacancies.Count)
            .SetProperty(x => x.Matches, tally.Total)
            .SetProperty(x => x.SectorCounts, sectors), cancellationToken);

        // Then the run's row: chunks finishing together queue here, so exactly one sees none left. An abandoned run's
        // chunk writes nothing: its tables were replaced by a newer run's.
        List<string> status = await db.Database.SqlQuery<string>($"SELECT status AS \"Value\" FROM matching.runs WHERE id = {run.Id} FOR UPDATE").ToListAsync(cancellationToken);
        if (status.Single() != nameof(RunStatus.Running))
        {
            await transaction.RollbackAsync(cancellationToken);
            return false;
        }

        bool last = !await db.RunChunks.AnyAsync(c => c.RunId == run.Id && c.DoneAt == null, cancellationToken);
        if (last)
        {
            // Enqueued before the commit, so a crash between the two cannot lose it: the finish takes the run's row
            // first, so it waits for this commit (or, after a rollback, finds a chunk open and leaves it to its retry).
            jobs.Enqueue<NightlyFinish>(finish => finish.FinishAsync(run.Id, CancellationToken.None));
            runIndex.Forget(run.Id);
        }

        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}

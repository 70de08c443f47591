using Hangfire;
using Labor.BuildingBlocks.Persistence;
using Labor.Matching.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Labor.Matching.Runs;

/// <summary>
/// The nightly job "matching-nightly": every jobseeker against every open vacancy. It only plans: the run's chunks are
/// Hangfire jobs (<see cref="NightlyChunk"/>) that any host's worker takes, so more hosts finish sooner (design rule
/// 8), and the chunk that completes the run enqueues <see cref="NightlyFinish"/>, which swaps the lists in. Started
/// again while a run is unfinished (after a crash, say), it enqueues what is left of that run.
/// </summary>
internal sealed class NightlyRun(
    MatchingDbContext db, IBackgroundJobClient jobs, TimeProvider time, IOptions<MatchingOptions> options, ILogger<NightlyRun> logger)
{
    public const string JobId = "matching-nightly";
    public const string WatchJobId = "matching-nightly-watch";
    public const int JobseekerListSize = 20;
    public const int VacancyListSize = 50;

    /// <summary>A run older than this is not resumed but abandoned for a new one: its data is a day old.</summary>
    private static readonly TimeSpan ResumeWithin = TimeSpan.FromHours(12);

    public async Task<MatchRun> StartAsync(CancellationToken cancellationToken)
    {
        MatchRun run = await ResumeAsync(cancellationToken) ?? await PlanAsync(cancellationToken);
        await EnqueueRestAsync(run, cancellationToken);
        return run;
    }

    /// <summary>
    /// Every minute ("matching-nightly-watch"): an unfinished run in which nothing has been done for
    /// <see cref="MatchingOptions.StalledAfter"/> gets what is left enqueued again. Hangfire brings back the job of a host
    /// that died (its invisibility timeout), but a job it could neither finish nor put back while PostgreSQL was away
    /// can stay out of sight behind a living host's heartbeat, and the run would wait for it until the next night. A
    /// chunk or finish taken twice writes once, so enqueuing again is safe.
    /// </summary>
    public async Task WatchAsync(CancellationToken cancellationToken)
    {
        DateTimeOffset now = time.GetUtcNow();
        MatchRun? run = await db.Runs.AsNoTracking().Where(r => r.Status == RunStatus.Running).OrderByDescending(r => r.StartedAt).FirstOrDefaultAsync(cancellationToken);
        if (run is null || now - run.StartedAt >= ResumeWithin)
        {
            return;
        }

        DateTimeOffset? lastDone = await db.RunChunks.Where(c => c.RunId == run.Id).MaxAsync(c => c.DoneAt, cancellationToken);
        TimeSpan idle = now - (lastDone is { } done && done > run.StartedAt ? done : run.StartedAt);
        if (idle >= options.Value.StalledAfter)
        {
            logger.LogWarning("Nightly run {RunId} has done nothing for {Idle}; enqueuing what is left again", run.Id, idle);
            await EnqueueRestAsync(run, cancellationToken);
        }
    }

    private async Task EnqueueRestAsync(MatchRun run, CancellationToken cancellationToken)
    {
        List<int> open = await db.RunChunks.Where(c => c.RunId == run.Id && c.DoneAt == null).Select(c => c.Number).ToListAsync(cancellationToken);
        foreach (int number in open)
        {
            jobs.Enqueue<NightlyChunk>(chunk => chunk.MatchAsync(run.Id, number, CancellationToken.None));
        }

        if (open.Count == 0)
        {
            jobs.Enqueue<NightlyFinish>(finish => finish.FinishAsync(run.Id, CancellationToken.None)); // stopped after its last chunk
        }

        logger.LogInformation("Nightly run {RunId}: {Open} of {Chunks} chunks enqueued", run.Id, open.Count, run.Chunks);
    }

    private async Task<MatchRun?> ResumeAsync(CancellationToken cancellationToken)
    {
        DateTimeOffset now = time.GetUtcNow();
        MatchRun? unfinished = await db.Runs.AsNoTracking().Where(r => r.Status == RunStatus.Running).OrderByDescending(r => r.StartedAt).FirstOrDefaultAsync(cancellationToken);
        if (unfinished is not null && now - unfinished.StartedAt < ResumeWithin)
        {
            logger.LogInformation("Resuming nightly run {RunId}", unfinished.Id);
            return unfinished;
        }

        return null;
    }

    /// <summary>
    /// A new run: fresh tables for its lists, and its chunks, every ChunkSize-th jobseeker with a profile starting one.
    /// One transaction, so a plan is whole or absent; an older unfinished run is abandoned in it.
    /// </summary>
    private async Task<MatchRun> PlanAsync(CancellationToken cancellationToken)
    {
        DateTimeOffset now = time.GetUtcNow().ToStoredPrecision();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Runs.Where(r => r.Status == RunStatus.Running).ExecuteUpdateAsync(r => r.SetProperty(x => x.Status, RunStatus.Abandoned), cancellationToken);
        await MatchWriter.CreateNextTablesAsync((NpgsqlConnection)db.Database.GetDbConnection(), cancellationToken);
        int size = options.Value.ChunkSize;
        List<Guid> starts = await db.Database.SqlQuery<Guid>($"""
            SELECT jobseeker_id AS "Value" FROM (
                SELECT jobseeker_id, row_number() OVER (ORDER BY jobseeker_id) AS n FROM matching.jobseekers WHERE profile IS NOT NULL) pool
            WHERE (n - 1) % {size} = 0 AND n > 1 ORDER BY jobseeker_id
            """).ToListAsync(cancellationToken);
        Guid[] from = [Guid.Empty, .. starts];
        var run = new MatchRun { Id = Guid.CreateVersion7(now), StartedAt = now, Status = RunStatus.Running, Chunks = from.Length };
        db.Runs.Add(run);
        db.RunChunks.AddRange(from.Select((id, i) => new MatchRunChunk
        {
            RunId = run.Id, Number = i, FromJobseekerId = id, ToJobseekerId = i + 1 < from.Length ? from[i + 1] : null,
        }));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return run;
    }
}

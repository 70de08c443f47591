using Hangfire;
using Labor.BuildingBlocks.Modules;
using Labor.BuildingBlocks.Persistence;
using Labor.Matching.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Labor.Matching.Digests;

/// <summary>
/// The recurring digest jobs: plan today's run of a frequency (once; a second call finds it) and enqueue a Hangfire
/// job for each chunk not yet done. Calling it again after a crash enqueues what is left.
/// </summary>
internal sealed class DigestPlanner(
    MatchingDbContext db, IBackgroundJobClient jobs, IOptions<DigestOptions> options, TimeProvider time, ILogger<DigestPlanner> logger)
{
    public const string DailyJobId = "matching-digests-daily";
    public const string WeeklyJobId = "matching-digests-weekly";
    public const string Daily = "daily";
    public const string Weekly = "weekly";

    /// <summary>Dutch time, early in the morning: after the nightly matching run (02:00), before people start their day.</summary>
    public const string DailyCron = "0 7 * * *";

    /// <summary>Dutch time, Monday morning.</summary>
    public const string WeeklyCron = "0 7 * * 1";

    public Task DailyAsync(CancellationToken cancellationToken) => PlanAsync(Daily, cancellationToken);

    public Task WeeklyAsync(CancellationToken cancellationToken) => PlanAsync(Weekly, cancellationToken);

    public async Task<DigestRun> PlanAsync(string frequency, CancellationToken cancellationToken)
    {
        DateOnly day = DutchTime.Today(time);
        DigestRun run = await db.DigestRuns.AsNoTracking().FirstOrDefaultAsync(r => r.Frequency == frequency && r.Day == day, cancellationToken)
            ?? await CreateAsync(frequency, day, cancellationToken);
        List<int> open = await db.DigestChunks.Where(c => c.RunId == run.Id && c.DoneAt == null).Select(c => c.Number).ToListAsync(cancellationToken);
        foreach (int number in open)
        {
            jobs.Enqueue<DigestMailing>(mailing => mailing.SendChunkAsync(run.Id, number, CancellationToken.None));
        }

        logger.LogInformation("Digest run {RunId} ({Frequency}, {Day}): {Open} of {Chunks} chunks enqueued", run.Id, frequency, day, open.Count, run.Chunks);
        return run;
    }

    private async Task<DigestRun> CreateAsync(string frequency, DateOnly day, CancellationToken cancellationToken)
    {
        int size = options.Value.ChunkSize;
        // Every size-th subscriber starts a chunk; the first chunk starts at the lowest id there is.
        List<Guid> starts = await db.Database.SqlQuery<Guid>($"""
            SELECT jobseeker_id AS "Value" FROM (
                SELECT jobseeker_id, row_number() OVER (ORDER BY jobseeker_id) AS n FROM matching.jobseekers
                WHERE profile ->> 'digestFrequency' = {frequency}) subscribers
            WHERE (n - 1) % {size} = 0 AND n > 1 ORDER BY jobseeker_id
            """).ToListAsync(cancellationToken);
        Guid[] from = [Guid.Empty, .. starts];
        DateTimeOffset now = time.GetUtcNow().ToStoredPrecision();
        var run = new DigestRun { Id = Guid.CreateVersion7(now), Frequency = frequency, Day = day, StartedAt = now, Chunks = from.Length };
        db.DigestRuns.Add(run);
        db.DigestChunks.AddRange(from.Select((id, i) => new DigestChunk
        {
            RunId = run.Id, Number = i, FromJobseekerId = id, ToJobseekerId = i + 1 < from.Length ? from[i + 1] : null,
        }));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return run;
        }
        catch (DbUpdateException e) when (e.InnerException is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation })
        {
            db.ChangeTracker.Clear(); // another host planned the same run a moment earlier
            return await db.DigestRuns.AsNoTracking().SingleAsync(r => r.Frequency == frequency && r.Day == day, cancellationToken);
        }
    }
}

using System.Text.Json;
using Hangfire;
using Labor.BuildingBlocks.Messaging;
using Labor.BuildingBlocks.Persistence;
using Labor.Matching.Contracts;
using Labor.Matching.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Labor.Matching.Runs;

/// <summary>
/// The end of a nightly run, a Hangfire job enqueued by the chunk that completed it: the vacancies' lists are ranked
/// from the chunks' shares, both kinds of list indexed and swapped in, and the run's counts reported, the swap and the
/// report in one transaction. Then what changed while the run ran is matched again. Any host may take it; one at a
/// time finishes, a second finds the run finished.
/// </summary>
internal sealed class NightlyFinish(
    MatchingDbContext db, IncrementalMatching incremental, RunIndex runIndex, TimeProvider time, ILogger<NightlyFinish> logger)
{
    /// <summary>Any key will do, as long as every finish takes the same one.</summary>
    private const long FinishLock = 7_100_002;

    [AutomaticRetry(Attempts = 20, DelaysInSeconds = [2, 3, 5, 5, 10, 10, 20, 30, 60, 120, 300, 600])]
    public async Task FinishAsync(Guid runId, CancellationToken cancellationToken)
    {
        try
        {
            await FinishNowAsync(runId, cancellationToken);
        }
        catch (NpgsqlException e) when (e.IsTransient)
        {
            // As for a chunk: a retry must not meet the dead connections a database restart left in the pool.
            NpgsqlConnection.ClearPool((NpgsqlConnection)db.Database.GetDbConnection());
            throw;
        }
    }

    private async Task FinishNowAsync(Guid runId, CancellationToken cancellationToken)
    {
        runIndex.Forget(runId);
        await db.Database.OpenConnectionAsync(cancellationToken);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        // Held by the session: a host that dies finishing lets go of it with its connection.
        if (!await db.Database.SqlQuery<bool>($"SELECT pg_try_advisory_lock({FinishLock}) AS \"Value\"").SingleAsync(cancellationToken))
        {
            return; // another host is finishing; should it die, its job is taken again
        }

        try
        {
            if (await ReadyAsync(runId, cancellationToken) is { } run)
            {
                await FinishRunAsync(run, connection, cancellationToken);
                await incremental.CatchUpAsync(run.StartedAt, cancellationToken);
            }
        }
        finally
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({FinishLock})", CancellationToken.None);
        }
    }

    /// <summary>The run, when it is still running and every chunk is done (its row taken first: a chunk committing now is waited for).</summary>
    private async Task<MatchRun?> ReadyAsync(Guid runId, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync($"SELECT 1 FROM matching.runs WHERE id = {runId} FOR UPDATE", cancellationToken);
        MatchRun run = await db.Runs.SingleAsync(r => r.Id == runId, cancellationToken);
        bool ready = run.Status == RunStatus.Running && !await db.RunChunks.AnyAsync(c => c.RunId == runId && c.DoneAt == null, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return ready ? run : null;
    }

    private async Task FinishRunAsync(MatchRun run, NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        // The jobseekers' lists are complete: a second session indexes them while this one ranks the vacancies' lists.
        await Task.WhenAll(IndexApartAsync(MatchTables.JobseekerMatches, cancellationToken), RankCandidatesAsync(connection, cancellationToken));
        List<MatchRunChunk> chunks = await db.RunChunks.AsNoTracking().Where(c => c.RunId == run.Id).ToListAsync(cancellationToken);
        DateTimeOffset now = time.GetUtcNow().ToStoredPrecision();
        IReadOnlyList<SectorMatches> sectors = SumSectors(chunks);
        run.Status = RunStatus.Finished;
        run.FinishedAt = now;
        run.Jobseekers = chunks.Sum(c => c.Jobseekers);
        run.Vacancies = chunks.Max(c => c.Vacancies);
        run.Matches = chunks.Sum(c => c.Matches);
        run.SectorCounts = JsonSerializer.Serialize(sectors, JsonSerializerOptions.Web);
        db.AddIntegrationEvent(new MatchesFound(run.Id, "nightly", run.Jobseekers, run.Vacancies, run.Matches, sectors, now), now);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await MatchWriter.SwapAsync(connection, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Nightly run {RunId} finished: {Chunks} chunks, {Jobseekers} jobseekers, {Vacancies} vacancies, {Matches} matches",
            run.Id, run.Chunks, run.Jobseekers, run.Vacancies, run.Matches);
    }

    private static List<SectorMatches> SumSectors(IEnumerable<MatchRunChunk> chunks) =>
        [.. chunks.SelectMany(c => JsonSerializer.Deserialize<List<SectorMatches>>(c.SectorCounts ?? "[]", JsonSerializerOptions.Web)!)
            .GroupBy(s => s.SectorTable)
            .Select(g => new SectorMatches(g.Key, g.Sum(s => s.Matches), g.Sum(s => s.IntersectoralInto), g.Sum(s => s.IntersectoralOutOf)))];

    private static async Task RankCandidatesAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await MatchWriter.RankCandidatesAsync(connection, NightlyRun.VacancyListSize, cancellationToken);
        await MatchWriter.IndexNextAsync(connection, MatchTables.VacancyCandidates, cancellationToken);
    }

    private async Task IndexApartAsync(string table, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(db.Database.GetConnectionString());
        await connection.OpenAsync(cancellationToken);
        await MatchWriter.IndexNextAsync(connection, table, cancellationToken);
    }
}

using Labor.BuildingBlocks.Messaging;
using Labor.BuildingBlocks.Persistence;
using Labor.Matching.Contracts;
using Labor.Matching.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Labor.Matching.Digests;

/// <summary>Marks a chunk done; the chunk that completes its run finishes it and publishes <see cref="DigestSent"/>.</summary>
internal sealed class DigestFinish(MatchingDbContext db, TimeProvider time, ILogger<DigestFinish> logger)
{
    public async Task ChunkDoneAsync(DigestRun run, int number)
    {
        DateTimeOffset now = time.GetUtcNow().ToStoredPrecision();
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(CancellationToken.None);
        // The run's row is locked first, so of two chunks finishing together exactly one sees the run complete.
        await db.Database.ExecuteSqlAsync($"SELECT 1 FROM matching.digest_runs WHERE id = {run.Id} FOR UPDATE");
        await db.DigestChunks.Where(c => c.RunId == run.Id && c.Number == number && c.DoneAt == null)
            .ExecuteUpdateAsync(c => c.SetProperty(x => x.DoneAt, now));
        bool complete = !await db.DigestChunks.AnyAsync(c => c.RunId == run.Id && c.DoneAt == null);
        if (complete && await db.DigestRuns.Where(r => r.Id == run.Id && r.FinishedAt == null).ExecuteUpdateAsync(r => r.SetProperty(x => x.FinishedAt, now)) == 1)
        {
            DigestSent sent = await FiguresAsync(run, now);
            db.AddIntegrationEvent(sent, now);
            await db.SaveChangesAsync(CancellationToken.None);
            logger.LogInformation("Digest run {RunId} ({Frequency}, {Day}) finished: {Digests} digests with {Fits} fits",
                run.Id, run.Frequency, run.Day, sent.Digests, sent.Fits);
        }

        await transaction.CommitAsync(CancellationToken.None);
    }

    private async Task<DigestSent> FiguresAsync(DigestRun run, DateTimeOffset now)
    {
        IQueryable<SentDigest> digests = db.SentDigests.Where(d => d.RunId == run.Id);
        int count = await digests.CountAsync(), fits = await digests.SumAsync(d => d.Fits);
        List<SectorRow> sectors = await db.Database.SqlQuery<SectorRow>($"""
            SELECT s.sector_table, count(DISTINCT f.digest_id)::int AS digests, count(*)::int AS fits
            FROM matching.mailed_fits f
            JOIN matching.sent_digests d ON d.id = f.digest_id
            CROSS JOIN LATERAL unnest(f.sector_tables) AS s(sector_table)
            WHERE d.run_id = {run.Id}
            GROUP BY s.sector_table ORDER BY s.sector_table
            """).ToListAsync();
        return new DigestSent(run.Id, run.Frequency, run.Day, count, fits,
            [.. sectors.Select(s => new SectorDigests(s.SectorTable, s.Digests, s.Fits))], now);
    }

    private sealed class SectorRow
    {
        public required string SectorTable { get; init; }

        public int Digests { get; init; }

        public int Fits { get; init; }
    }
}

using Labor.BuildingBlocks.Messaging;
using Labor.Matching.Contracts;
using Labor.Sectortables.Data;
using Microsoft.EntityFrameworkCore;

namespace Labor.Sectortables.Figures;

/// <summary>The nightly run's matches per sector replace the previous night's; incremental runs report only what they changed.</summary>
internal sealed class MatchesFoundConsumer(SectortablesDbContext db, TimeProvider time) : InboxConsumer<MatchesFound, SectortablesDbContext>(db, time)
{
    protected override async Task HandleAsync(MatchesFound message, CancellationToken cancellationToken)
    {
        if (message.Trigger != "nightly")
        {
            return;
        }

        await Db.MatchFigures.ExecuteDeleteAsync(cancellationToken);
        Db.MatchFigures.AddRange(message.Sectors.Select(s => new MatchFigure
        {
            SectorTable = s.SectorTable, Matches = s.Matches, IntersectoralInto = s.IntersectoralInto, IntersectoralOutOf = s.IntersectoralOutOf,
            FoundAt = message.FoundAt,
        }));
    }
}

/// <summary>Digests and the fits in them, per sector and month.</summary>
internal sealed class DigestSentConsumer(SectortablesDbContext db, TimeProvider time) : InboxConsumer<DigestSent, SectortablesDbContext>(db, time)
{
    protected override async Task HandleAsync(DigestSent message, CancellationToken cancellationToken)
    {
        var month = new DateOnly(message.Day.Year, message.Day.Month, 1);
        foreach (SectorDigests sector in message.Sectors)
        {
            // The daily and the weekly run may finish at the same moment on a Monday: add up in the database.
            await Db.Database.ExecuteSqlAsync($"""
                INSERT INTO sectortables.digest_figures (sector_table, month, digests, fits) VALUES ({sector.SectorTable}, {month}, {sector.Digests}, {sector.Fits})
                ON CONFLICT (sector_table, month) DO UPDATE SET digests = digest_figures.digests + excluded.digests, fits = digest_figures.fits + excluded.fits
                """, cancellationToken);
        }
    }
}

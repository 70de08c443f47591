using Labor.BuildingBlocks.Modules;
using Labor.Sectortables.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Labor.Sectortables.Figures;

/// <summary>
/// The live figures over time. Live figures are counts of now; each night (and again whenever the job runs that
/// day) every table's figures are written down for the day, so a table sees its figures per month and an action that
/// follows a figure gets a line in its chart.
/// </summary>
internal sealed class FigureHistory(SectortablesDbContext db, LiveFigures figures, TimeProvider time, ILogger<FigureHistory> logger)
{
    public const string JobId = "sectortables-figure-snapshots";

    /// <summary>Late in the evening, Dutch time, so the day's snapshot holds the day's last figures.</summary>
    public const string Cron = "50 23 * * *";

    /// <summary>How far back a table's page shows its figures per month.</summary>
    private const int ShownMonths = 12;

    /// <summary>Writes today's figures of every table; run twice on a day, the later figures replace the earlier.</summary>
    public async Task SnapshotAsync(CancellationToken cancellationToken)
    {
        DateOnly today = DutchTime.Today(time);
        string[] tables = [.. await db.Tables.Select(t => t.Name).ToListAsync(cancellationToken)];
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> all = await figures.ForAllAsync(tables, cancellationToken);
        var rows = all.SelectMany(table => table.Value.Select(figure => (Table: table.Key, Figure: figure.Key, figure.Value))).ToList();
        string[] names = [.. rows.Select(r => r.Table)];
        string[] codes = [.. rows.Select(r => r.Figure)];
        int[] values = [.. rows.Select(r => r.Value)];
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO sectortables.figure_snapshots (sector_table, figure, day, value)
            SELECT t, f, {today}, v FROM unnest({names}, {codes}, {values}) AS s(t, f, v)
            ON CONFLICT (sector_table, figure, day) DO UPDATE SET value = excluded.value
            """, cancellationToken);
        logger.LogInformation("Wrote {Count} figure snapshots for {Day}", rows.Count, today);
    }

    /// <summary>
    /// The figures of <paramref name="table"/> at the end of each of the last <see cref="ShownMonths"/> months, newest
    /// first; the current month's are today's <paramref name="live"/> figures. A month without snapshots is left out.
    /// </summary>
    public async Task<IReadOnlyList<MonthFigures>> MonthsAsync(string table, IReadOnlyDictionary<string, int> live, CancellationToken cancellationToken)
    {
        DateOnly today = DutchTime.Today(time);
        var thisMonth = new DateOnly(today.Year, today.Month, 1);
        DateOnly from = thisMonth.AddMonths(1 - ShownMonths);
        List<FigureSnapshot> snapshots = await db.FigureSnapshots.AsNoTracking()
            .Where(s => s.SectorTable == table && s.Day >= from && s.Day < thisMonth).ToListAsync(cancellationToken);
        IEnumerable<MonthFigures> past = snapshots
            .GroupBy(s => new DateOnly(s.Day.Year, s.Day.Month, 1))
            .Select(month => new MonthFigures(month.Key, month.Max(s => s.Day), month.GroupBy(s => s.Figure)
                .ToDictionary(figure => figure.Key, figure => figure.MaxBy(s => s.Day)!.Value)));
        return [new MonthFigures(thisMonth, today, live), .. past.OrderByDescending(m => m.Month)];
    }
}

/// <param name="Month">The first day of the month.</param>
/// <param name="AsOf">The day the figures stood so: the month's last snapshot, or today for the current month.</param>
internal sealed record MonthFigures(DateOnly Month, DateOnly AsOf, IReadOnlyDictionary<string, int> Figures);

using Labor.BuildingBlocks.Modules;
using Labor.Sectortables.Data;
using Microsoft.EntityFrameworkCore;

namespace Labor.Sectortables.Figures;

/// <summary>
/// A sector table's live figures, counted from the module's own copies of other modules' facts. An action's
/// indicator may follow one of them instead of values entered by hand.
/// </summary>
internal sealed class LiveFigures(SectortablesDbContext db, TimeProvider time)
{
    public const string OpenVacancies = "open-vacancies";
    public const string NewVacanciesThisMonth = "new-vacancies-this-month";
    public const string InterestedJobseekers = "interested-jobseekers";
    public const string Matches = "matches";
    public const string IntersectoralInto = "intersectoral-into";
    public const string IntersectoralOutOf = "intersectoral-out-of";
    public const string DigestsThisMonth = "digests-this-month";

    public static readonly IReadOnlyList<string> Codes =
        [OpenVacancies, NewVacanciesThisMonth, InterestedJobseekers, Matches, IntersectoralInto, IntersectoralOutOf, DigestsThisMonth];

    public async Task<IReadOnlyDictionary<string, int>> ForAsync(string table, CancellationToken cancellationToken)
    {
        DateOnly today = DutchTime.Today(time);
        var month = new DateOnly(today.Year, today.Month, 1);
        DateTimeOffset monthStart = new DateTimeOffset(month.ToDateTime(TimeOnly.MinValue), DutchTime.Zone.GetUtcOffset(month.ToDateTime(TimeOnly.MinValue))).ToUniversalTime();
        MatchFigure? matches = await db.MatchFigures.AsNoTracking().FirstOrDefaultAsync(m => m.SectorTable == table, cancellationToken);
        return new Dictionary<string, int>
        {
            [OpenVacancies] = await db.Vacancies.CountAsync(v => v.ClosedAt == null && v.SectorTables.Contains(table), cancellationToken),
            [NewVacanciesThisMonth] = await db.Vacancies.CountAsync(v => v.PublishedAt >= monthStart && v.SectorTables.Contains(table), cancellationToken),
            [InterestedJobseekers] = await db.Jobseekers.CountAsync(j => j.ErasedAt == null && j.SectorTables.Contains(table), cancellationToken),
            [Matches] = matches?.Matches ?? 0,
            [IntersectoralInto] = matches?.IntersectoralInto ?? 0,
            [IntersectoralOutOf] = matches?.IntersectoralOutOf ?? 0,
            [DigestsThisMonth] = await db.DigestFigures.Where(f => f.SectorTable == table && f.Month == month).SumAsync(f => f.Digests, cancellationToken),
        };
    }
}

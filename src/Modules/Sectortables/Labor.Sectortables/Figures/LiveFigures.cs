using Labor.BuildingBlocks.Modules;
using Labor.Sectortables.Data;
using Microsoft.EntityFrameworkCore;

namespace Labor.Sectortables.Figures;

/// <summary>
/// The sector tables' live figures, counted from the module's own copies of other modules' facts. An action's
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
    public const string PlacementsIntoThisYear = "placements-into-this-year";
    public const string PlacementsOutOfThisYear = "placements-out-of-this-year";
    public const string IntersectoralPlacementsThisYear = "intersectoral-placements-this-year";

    public static readonly IReadOnlyList<string> Codes =
    [
        OpenVacancies, NewVacanciesThisMonth, InterestedJobseekers, Matches, IntersectoralInto, IntersectoralOutOf, DigestsThisMonth,
        PlacementsIntoThisYear, PlacementsOutOfThisYear, IntersectoralPlacementsThisYear,
    ];

    public async Task<IReadOnlyDictionary<string, int>> ForAsync(string table, CancellationToken cancellationToken) =>
        (await ForAllAsync([table], cancellationToken))[table];

    /// <summary>The figures of each of <paramref name="tables"/> (by name), in five queries however many tables there are.</summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>>> ForAllAsync(IReadOnlyCollection<string> tables, CancellationToken cancellationToken)
    {
        DateOnly today = DutchTime.Today(time);
        var month = new DateOnly(today.Year, today.Month, 1);
        DateTimeOffset monthStart = new DateTimeOffset(month.ToDateTime(TimeOnly.MinValue), DutchTime.Zone.GetUtcOffset(month.ToDateTime(TimeOnly.MinValue))).ToUniversalTime();
        string[] names = [.. tables];
        Dictionary<string, VacancyCount> vacancies = await db.Database.SqlQuery<VacancyCount>($"""
            SELECT t AS sector_table, count(*) FILTER (WHERE v.closed_at IS NULL)::int AS open_count, count(*) FILTER (WHERE v.published_at >= {monthStart})::int AS new_count
            FROM sectortables.vacancies v, unnest(v.sector_tables) AS t WHERE t = ANY({names}) GROUP BY t
            """).ToDictionaryAsync(c => c.SectorTable, cancellationToken);
        Dictionary<string, int> interested = await db.Database.SqlQuery<JobseekerCount>($"""
            SELECT t AS sector_table, count(*)::int AS interested_count
            FROM sectortables.jobseekers j, unnest(j.sector_tables) AS t WHERE j.erased_at IS NULL AND t = ANY({names}) GROUP BY t
            """).ToDictionaryAsync(c => c.SectorTable, c => c.InterestedCount, cancellationToken);
        Dictionary<string, MatchFigure> matches = await db.MatchFigures.AsNoTracking().Where(m => names.Contains(m.SectorTable)).ToDictionaryAsync(m => m.SectorTable, cancellationToken);
        // Placements count by start date in the Dutch calendar year: into the sector, out of it (from a job in it
        // to one outside it), and into it across sectors.
        var year = new DateOnly(today.Year, 1, 1);
        Dictionary<string, PlacementCount> placements = await db.Database.SqlQuery<PlacementCount>($"""
            SELECT t AS sector_table,
                   count(*) FILTER (WHERE t = ANY(p.to_sector_tables))::int AS into_count,
                   count(*) FILTER (WHERE t = ANY(p.from_sector_tables) AND NOT t = ANY(p.to_sector_tables))::int AS out_of_count,
                   count(*) FILTER (WHERE t = ANY(p.to_sector_tables) AND p.crossed_sectors)::int AS intersectoral_count
            FROM sectortables.placements p, LATERAL (SELECT DISTINCT unnest(p.to_sector_tables || p.from_sector_tables) AS t) AS sectors
            WHERE p.start_date >= {year} AND p.start_date <= {today} AND t = ANY({names}) GROUP BY t
            """).ToDictionaryAsync(c => c.SectorTable, cancellationToken);
        Dictionary<string, int> digests = await db.DigestFigures.Where(f => f.Month == month && names.Contains(f.SectorTable))
            .ToDictionaryAsync(f => f.SectorTable, f => f.Digests, cancellationToken);

        return names.ToDictionary(name => name, IReadOnlyDictionary<string, int> (name) => new Dictionary<string, int>
        {
            [OpenVacancies] = vacancies.GetValueOrDefault(name)?.OpenCount ?? 0,
            [NewVacanciesThisMonth] = vacancies.GetValueOrDefault(name)?.NewCount ?? 0,
            [InterestedJobseekers] = interested.GetValueOrDefault(name),
            [Matches] = matches.GetValueOrDefault(name)?.Matches ?? 0,
            [IntersectoralInto] = matches.GetValueOrDefault(name)?.IntersectoralInto ?? 0,
            [IntersectoralOutOf] = matches.GetValueOrDefault(name)?.IntersectoralOutOf ?? 0,
            [DigestsThisMonth] = digests.GetValueOrDefault(name),
            [PlacementsIntoThisYear] = placements.GetValueOrDefault(name)?.IntoCount ?? 0,
            [PlacementsOutOfThisYear] = placements.GetValueOrDefault(name)?.OutOfCount ?? 0,
            [IntersectoralPlacementsThisYear] = placements.GetValueOrDefault(name)?.IntersectoralCount ?? 0,
        });
    }

    private sealed record VacancyCount(string SectorTable, int OpenCount, int NewCount);

    private sealed record PlacementCount(string SectorTable, int IntoCount, int OutOfCount, int IntersectoralCount);

    private sealed record JobseekerCount(string SectorTable, int InterestedCount);
}

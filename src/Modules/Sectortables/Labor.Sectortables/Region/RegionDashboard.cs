using Labor.BuildingBlocks.Modules;
using Labor.Sectortables.Data;
using Microsoft.EntityFrameworkCore;

namespace Labor.Sectortables.Region;

/// <summary>
/// The region against the Human Capital Agenda's targets, from the module's own copies of the platform's facts
/// (ADR 20): trajectories started per kind against the targets, placements that started, and apart from those, as
/// labelled proxies, the registrations by situation and the moves across sectors the last nightly run proposed.
/// People reached are the jobseekers who registered.
/// </summary>
internal sealed class RegionDashboard(SectortablesDbContext db, TimeProvider time)
{
    public const int ReachTarget = 37_000;

    private const string Registered = "registered_at > '2000-01-01' AND erased_at IS NULL";
    private const string WithWork = "situation IN ('employed', 'self-employed')";
    private const string WithoutWork = "situation IN ('uwv-benefit', 'social-assistance', 'no-benefit')";

    /// <summary>The counts of placements started by the day given as the parameter.</summary>
    private const string PlacementColumns = $$"""
        count(*)::int AS placements, count(*) FILTER (WHERE crossed_sectors)::int AS intersectoral,
        count(*) FILTER (WHERE proposed_by_match)::int AS proposed_by_match, count(*) FILTER (WHERE after_training)::int AS after_training,
        count(*) FILTER (WHERE from_{{WithWork}})::int AS from_work, count(*) FILTER (WHERE from_{{WithoutWork}})::int AS from_unemployment
        FROM sectortables.placements WHERE start_date <= {0}
        """;

    public async Task<Dashboard> BuildAsync(CancellationToken cancellationToken)
    {
        List<CountRow> months = await db.Database.SqlQueryRaw<CountRow>($"""
            SELECT to_char(registered_at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM') AS "group", count(*)::int AS reached,
                   count(*) FILTER (WHERE {WithWork})::int AS work_to_work, count(*) FILTER (WHERE {WithoutWork})::int AS unemployed_to_work
            FROM sectortables.jobseekers WHERE {Registered} GROUP BY 1 ORDER BY 1
            """).ToListAsync(cancellationToken);
        List<CountRow> municipalities = await db.Database.SqlQueryRaw<CountRow>($"""
            SELECT coalesce(municipality, '') AS "group", count(*)::int AS reached,
                   count(*) FILTER (WHERE {WithWork})::int AS work_to_work, count(*) FILTER (WHERE {WithoutWork})::int AS unemployed_to_work
            FROM sectortables.jobseekers WHERE {Registered} GROUP BY 1 ORDER BY 2 DESC, 1
            """).ToListAsync(cancellationToken);
        int intersectoralMatches = await db.MatchFigures.SumAsync(f => f.IntersectoralInto, cancellationToken);
        Dictionary<string, TrajectoryRow> trajectories = await db.Database.SqlQueryRaw<TrajectoryRow>("""
            SELECT kind, count(*)::int AS started, count(*) FILTER (WHERE outcome IS NULL)::int AS open,
                   count(*) FILTER (WHERE outcome = 'placed')::int AS placed, count(*) FILTER (WHERE training_completed)::int AS training_completed,
                   count(*) FILTER (WHERE outcome IN ('withdrawn', 'referred-elsewhere', 'no-longer-responding'))::int AS ended_otherwise
            FROM sectortables.trajectories GROUP BY kind
            """).ToDictionaryAsync(t => t.Kind, cancellationToken);
        TrajectoryRow Kind(string kind) => trajectories.GetValueOrDefault(kind) ?? new TrajectoryRow(kind, 0, 0, 0, 0, 0);
        var targets = new List<TargetRow>
        {
            new("reached", months.Sum(m => m.Reached), ReachTarget, null),
            new("work-to-work", Kind("werk-naar-werk").Started, 2_500, 5_000),
            new("unemployed-to-work", Kind("werkloosheid-naar-werk").Started, 2_500, 5_000),
            new("retraining", Kind("om-en-bijscholing").Started, 2_500, null),
        };
        return new Dashboard(
            targets, [Kind("werk-naar-werk"), Kind("werkloosheid-naar-werk"), Kind("om-en-bijscholing")], await PlacementsAsync(cancellationToken),
            months, municipalities, intersectoralMatches);
    }

    /// <summary>Placements that have started, from the anonymous rows the placements' events left (ADR 20): results, not proxies.</summary>
    private async Task<Placements> PlacementsAsync(CancellationToken cancellationToken)
    {
        DateOnly today = DutchTime.Today(time);
        PlacementRow total = await db.Database.SqlQueryRaw<PlacementRow>("SELECT 'all' AS \"group\", " + PlacementColumns, today).SingleAsync(cancellationToken);
        List<PlacementRow> months = await db.Database.SqlQueryRaw<PlacementRow>(
            "SELECT to_char(start_date, 'YYYY-MM') AS \"group\", " + PlacementColumns + " GROUP BY 1 ORDER BY 1", today).ToListAsync(cancellationToken);
        List<PlacementRow> municipalities = await db.Database.SqlQueryRaw<PlacementRow>(
            "SELECT coalesce(municipality, '') AS \"group\", " + PlacementColumns + " GROUP BY 1 ORDER BY 2 DESC, 1", today).ToListAsync(cancellationToken);
        return new Placements(total, months, municipalities);
    }

    /// <summary>The rows of one of the dashboard's tables, the header row first.</summary>
    public static IEnumerable<IEnumerable<object?>> CsvRows(Dashboard dashboard, string part) => part switch
    {
        "targets" => [["target", "platform", "target_low", "target_high", "percent_of_target"],
            .. dashboard.Targets.Select(t => new object?[] { t.Target, t.Platform, t.TargetLow, t.TargetHigh, t.Percent })],
        "trajectories" => [["kind", "started", "open", "placed", "training_completed", "ended_otherwise"],
            .. dashboard.Trajectories.Select(t => new object?[] { t.Kind, t.Started, t.Open, t.Placed, t.TrainingCompleted, t.EndedOtherwise })],
        "months" or "municipalities" => [[part == "months" ? "month" : "municipality", "reached", "work_to_work", "unemployed_to_work"],
            .. (part == "months" ? dashboard.Months : dashboard.Municipalities).Select(r => new object?[] { r.Group, r.Reached, r.WorkToWork, r.UnemployedToWork })],
        _ => [[part == "placements-months" ? "month" : "municipality", "placements", "intersectoral", "proposed_by_match", "after_training", "from_work", "from_unemployment"],
            .. (part == "placements-months" ? dashboard.Placements.Months : dashboard.Placements.Municipalities)
                .Select(r => new object?[] { r.Group, r.Placements, r.Intersectoral, r.ProposedByMatch, r.AfterTraining, r.FromWork, r.FromUnemployment })],
    };

    public static readonly string[] Parts = ["targets", "trajectories", "placements-months", "placements-municipalities", "months", "municipalities"];
}

/// <param name="Months">Proxy: registrations per month, by situation.</param>
/// <param name="Municipalities">Proxy: registrations per municipality, by situation.</param>
/// <param name="IntersectoralMatches">Proxy: moves into another sector the last nightly run proposed.</param>
internal sealed record Dashboard(
    IReadOnlyList<TargetRow> Targets,
    IReadOnlyList<TrajectoryRow> Trajectories,
    Placements Placements,
    IReadOnlyList<CountRow> Months,
    IReadOnlyList<CountRow> Municipalities,
    int IntersectoralMatches);

/// <param name="Kind">werk-naar-werk, werkloosheid-naar-werk or om-en-bijscholing.</param>
/// <param name="EndedOtherwise">Withdrawn, referred elsewhere or no longer responding.</param>
internal sealed record TrajectoryRow(string Kind, int Started, int Open, int Placed, int TrainingCompleted, int EndedOtherwise);

/// <summary>Placements that have started: all, per month of the start, per municipality where the person lived.</summary>
internal sealed record Placements(PlacementRow Total, IReadOnlyList<PlacementRow> Months, IReadOnlyList<PlacementRow> Municipalities);

/// <param name="Group">all, the month (yyyy-MM) or the municipality ("" when not given).</param>
/// <param name="FromWork">Of people who were employed or self-employed when hired.</param>
/// <param name="FromUnemployment">Of people on a benefit or without work when hired.</param>
internal sealed record PlacementRow(string Group, int Placements, int Intersectoral, int ProposedByMatch, int AfterTraining, int FromWork, int FromUnemployment);

/// <param name="TargetHigh">The upper end where the target is a range.</param>
internal sealed record TargetRow(string Target, int Platform, int TargetLow, int? TargetHigh)
{
    /// <summary>Share of the (lower) target reached, 0–100 %.</summary>
    public int Percent => (int)Math.Min(100, Math.Round(100.0 * Platform / TargetLow));
}

/// <param name="Group">The month (yyyy-MM) or the municipality ("" when not given).</param>
internal sealed class CountRow
{
    public required string Group { get; init; }

    public int Reached { get; init; }

    public int WorkToWork { get; init; }

    public int UnemployedToWork { get; init; }
}

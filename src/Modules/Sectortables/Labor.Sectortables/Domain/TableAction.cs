using System.Globalization;

namespace Labor.Sectortables.Domain;

/// <summary>
/// One action of a table's plan: what it does for whom, the indicator it moves from a baseline to a target within a
/// period, and its budget. Progress is appended as <see cref="ProgressUpdate"/>s, never overwritten; every edit is
/// kept as an <see cref="ActionChange"/>.
/// </summary>
internal sealed class TableAction
{
    public Guid Id { get; init; }

    public Guid TableId { get; init; }

    public ActionContent Content { get; private set; } = null!;

    public DateTimeOffset CreatedAt { get; init; }

    public Guid CreatedBy { get; init; }

    public List<ActionChange> Changes { get; private set; } = [];

    public List<ProgressUpdate> Progress { get; private set; } = [];

    /// <summary>Counts the action's changes, its creation included; an edit made on an older version is refused.</summary>
    public int Version => Changes.Count;

    public static TableAction Create(Guid tableId, ActionContent content, Guid by, DateTimeOffset now)
    {
        var action = new TableAction { Id = Guid.CreateVersion7(now), TableId = tableId, Content = content, CreatedAt = now, CreatedBy = by };
        action.Changes.Add(new ActionChange { ActionId = action.Id, At = now, By = by, Summary = "created" });
        return action;
    }

    public void Edit(ActionContent content, Guid by, DateTimeOffset now)
    {
        string summary = ActionContent.Differences(Content, content);
        if (summary.Length == 0)
        {
            return;
        }

        Changes.Add(new ActionChange { ActionId = Id, At = now, By = by, Summary = summary });
        Content = content;
    }

    public ProgressUpdate Record(DateOnly date, decimal value, string? note, Guid by, DateTimeOffset now)
    {
        var update = new ProgressUpdate { Id = Guid.CreateVersion7(now), ActionId = Id, Date = date, Value = value, Note = note, RecordedAt = now, RecordedBy = by };
        Progress.Add(update);
        return update;
    }

    /// <summary>The latest value entered, by date (then by when it was recorded); the baseline before any update.</summary>
    public decimal LatestEntered => Progress.OrderBy(p => p.Date).ThenBy(p => p.RecordedAt).LastOrDefault()?.Value ?? Content.Baseline;

    /// <summary>How far <paramref name="current"/> is from baseline to target, 0–100 % (falling indicators too).</summary>
    public int PercentDone(decimal current) => Content.Target == Content.Baseline ? 100
        : (int)Math.Clamp(Math.Round(100 * (current - Content.Baseline) / (Content.Target - Content.Baseline)), 0, 100);
}

/// <param name="Rises">The indicator must rise (target above baseline); false: it must fall.</param>
/// <param name="LiveFigure">A live figure the indicator follows (see <c>LiveFigures</c>); null: entered by hand.</param>
/// <param name="Status">gepland, lopend, afgerond or gestopt.</param>
internal sealed record ActionContent(
    string Title,
    string TargetGroup,
    string Indicator,
    string Unit,
    bool Rises,
    decimal Baseline,
    decimal Target,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    decimal BudgetEuros,
    string[] Partners,
    string Status,
    string? LiveFigure)
{
    public static string Differences(ActionContent before, ActionContent after)
    {
        List<string> changed = [];
        void Compare<T>(string name, T a, T b)
        {
            if (!EqualityComparer<T>.Default.Equals(a, b))
            {
                changed.Add($"{name}: {Shown(a)} → {Shown(b)}");
            }
        }

        Compare("title", before.Title, after.Title);
        Compare("targetGroup", before.TargetGroup, after.TargetGroup);
        Compare("indicator", before.Indicator, after.Indicator);
        Compare("unit", before.Unit, after.Unit);
        Compare("rises", before.Rises, after.Rises);
        Compare("baseline", before.Baseline, after.Baseline);
        Compare("target", before.Target, after.Target);
        Compare("periodStart", before.PeriodStart, after.PeriodStart);
        Compare("periodEnd", before.PeriodEnd, after.PeriodEnd);
        Compare("budgetEuros", before.BudgetEuros, after.BudgetEuros);
        // Compared as lists: joined, ["A, B"] and ["A", "B"] would read the same and the edit would be lost.
        if (!before.Partners.SequenceEqual(after.Partners, StringComparer.Ordinal))
        {
            changed.Add($"partners: {string.Join(", ", before.Partners)} → {string.Join(", ", after.Partners)}");
        }

        Compare("status", before.Status, after.Status);
        Compare("liveFigure", before.LiveFigure, after.LiveFigure);
        return string.Join("; ", changed);
    }

    /// <summary>Stored, so the same whatever the editor's language: invariant numbers, ISO dates (not month first).</summary>
    private static string Shown<T>(T value) =>
        value is DateOnly date ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : string.Create(CultureInfo.InvariantCulture, $"{value}");
}

/// <summary>An edit of an action: when, by whom, what changed.</summary>
internal sealed class ActionChange
{
    public long Id { get; init; }

    public Guid ActionId { get; init; }

    public DateTimeOffset At { get; init; }

    public Guid By { get; init; }

    public required string Summary { get; init; }
}

/// <summary>A measured value of the action's indicator on a date. Appended, never overwritten.</summary>
internal sealed class ProgressUpdate
{
    public Guid Id { get; init; }

    public Guid ActionId { get; init; }

    public DateOnly Date { get; init; }

    public decimal Value { get; init; }

    public string? Note { get; init; }

    public DateTimeOffset RecordedAt { get; init; }

    public Guid RecordedBy { get; init; }
}

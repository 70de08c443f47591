using Labor.Sectortables.Domain;
using Labor.Sectortables.Figures;

namespace Labor.Sectortables.Actions;

/// <param name="Current">The latest value: the live figure's when the indicator follows one, else the latest progress update's.</param>
/// <param name="Trend">For an indicator that follows a live figure: its value at the end of each month since the period began, and today.</param>
internal sealed record ActionView(
    Guid Id,
    ActionRequest Action,
    decimal Current,
    int PercentDone,
    IReadOnlyList<ProgressView> Progress,
    IReadOnlyList<TrendPoint> Trend,
    IReadOnlyList<ChangeView> Changes)
{
    /// <param name="live">The table's live figures now.</param>
    /// <param name="months">The table's figures per month, newest first; an action following a figure draws its line from them.</param>
    public static ActionView Of(TableAction a, IReadOnlyDictionary<string, int> live, IReadOnlyList<MonthFigures> months)
    {
        decimal current = a.Content.LiveFigure is { } figure && live.TryGetValue(figure, out int value) ? value : a.LatestEntered;
        return new ActionView(a.Id, ActionRequest.From(a), current, a.PercentDone(current),
            [.. a.Progress.OrderBy(p => p.Date).ThenBy(p => p.RecordedAt).Select(p => new ProgressView(p.Id, p.Date, p.Value, p.Note, p.RecordedAt, p.RecordedBy))],
            [.. months.Where(m => a.Content.LiveFigure is { } f && m.AsOf >= a.Content.PeriodStart && m.Figures.ContainsKey(f))
                .OrderBy(m => m.AsOf).Select(m => new TrendPoint(m.AsOf, m.Figures[a.Content.LiveFigure!]))],
            [.. a.Changes.OrderBy(c => c.At).Select(c => new ChangeView(c.At, c.By, c.Summary))]);
    }
}

internal sealed record TrendPoint(DateOnly Date, decimal Value);

internal sealed record ProgressView(Guid Id, DateOnly Date, decimal Value, string? Note, DateTimeOffset RecordedAt, Guid RecordedBy);

internal sealed record ChangeView(DateTimeOffset At, Guid By, string Summary);

using System.Globalization;
using Labor.Sectortables.Actions;

namespace Labor.Sectortables.Pages.Tables;

/// <summary>
/// An action's progress as a small line chart (SVG, drawn on the server): the baseline at the period's start, each
/// progress update (or, for an indicator following a live figure, its month ends and today), the target as a dashed line, so a reader sees at a glance how far it is.
/// </summary>
internal sealed record ProgressChart(string Points, double TargetY, double BaselineY, IReadOnlyList<(double X, double Y, string Label)> Dots)
{
    public const int Width = 320;
    public const int Height = 120;
    private const int Margin = 10;

    public static ProgressChart Of(ActionView action)
    {
        DateOnly start = action.Action.PeriodStart!.Value;
        DateOnly end = action.Action.PeriodEnd!.Value;
        List<(DateOnly Date, decimal Value)> values = action.Action.LiveFigure is null
            ? [(start, action.Action.Baseline!.Value), .. action.Progress.Select(p => (p.Date, p.Value))]
            : [(start, action.Action.Baseline!.Value), .. action.Trend.Select(p => (p.Date, p.Value))];
        decimal low = Math.Min(values.Min(v => v.Value), action.Action.Target!.Value);
        decimal high = Math.Max(values.Max(v => v.Value), action.Action.Target.Value);
        DateOnly last = values.Max(v => v.Date) > end ? values.Max(v => v.Date) : end;
        DateOnly first = values.Min(v => v.Date) < start ? values.Min(v => v.Date) : start;
        double days = Math.Max(1, last.DayNumber - first.DayNumber);
        double X(DateOnly d) => Margin + ((Width - (2 * Margin)) * (d.DayNumber - first.DayNumber) / days);
        double Y(decimal v) => high == low ? Height / 2.0 : Height - Margin - ((Height - (2 * Margin)) * (double)((v - low) / (high - low)));
        var dots = values.Select(v => (X(v.Date), Y(v.Value), $"{v.Date:yyyy-MM-dd}: {v.Value.ToString(CultureInfo.CurrentCulture)}")).ToList();
        return new ProgressChart(
            string.Join(' ', dots.Select(d => string.Create(CultureInfo.InvariantCulture, $"{d.Item1:0.#},{d.Item2:0.#}"))),
            Y(action.Action.Target.Value), Y(action.Action.Baseline.Value), dots);
    }

    public static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}

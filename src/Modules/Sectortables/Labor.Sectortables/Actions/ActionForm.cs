namespace Labor.Sectortables.Actions;

/// <summary>The editor's fields; partners one per line.</summary>
internal sealed record ActionForm
{
    public string? Title { get; set; }

    public string? TargetGroup { get; set; }

    public string? Indicator { get; set; }

    public string? Unit { get; set; }

    public string? Direction { get; set; } = "rise";

    public decimal? Baseline { get; set; }

    public decimal? Target { get; set; }

    public DateOnly? PeriodStart { get; set; }

    public DateOnly? PeriodEnd { get; set; }

    public decimal? BudgetEuros { get; set; }

    public string? Partners { get; set; }

    public string? Status { get; set; } = "gepland";

    public string? LiveFigure { get; set; }

    public int? Version { get; set; }

    /// <summary>The fields as the editor opened with them (see <see cref="EditMerge"/>).</summary>
    public string? Opened { get; set; }

    public static ActionForm From(ActionRequest a) => new()
    {
        Title = a.Title, TargetGroup = a.TargetGroup, Indicator = a.Indicator, Unit = a.Unit, Direction = a.Direction, Baseline = a.Baseline,
        Target = a.Target, PeriodStart = a.PeriodStart, PeriodEnd = a.PeriodEnd, BudgetEuros = a.BudgetEuros,
        Partners = string.Join('\n', a.Partners ?? []), Status = a.Status, LiveFigure = a.LiveFigure, Version = a.Version,
    };

    public ActionRequest ToRequest() => new(
        Title, TargetGroup, Indicator, Unit, Direction, Baseline, Target, PeriodStart, PeriodEnd, BudgetEuros,
        Partners?.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), Status, LiveFigure, Version);
}

using FluentValidation;
using Labor.Sectortables.Domain;
using Labor.Sectortables.Figures;

namespace Labor.Sectortables.Actions;

/// <param name="Direction">rise (the target is above the baseline) or fall.</param>
/// <param name="Status">gepland, lopend, afgerond or gestopt.</param>
/// <param name="LiveFigure">A live figure the indicator follows (GET /api/sectortables/figures lists them), or null to enter values by hand.</param>
/// <param name="Version">
/// The action's version this draft was read at. An edit carrying it is refused (409) when a colleague changed the
/// action since, so nobody overwrites a change they never saw; without it the edit simply wins. Ignored when adding.
/// </param>
internal sealed record ActionRequest(
    string? Title,
    string? TargetGroup,
    string? Indicator,
    string? Unit,
    string? Direction,
    decimal? Baseline,
    decimal? Target,
    DateOnly? PeriodStart,
    DateOnly? PeriodEnd,
    decimal? BudgetEuros,
    string[]? Partners,
    string? Status,
    string? LiveFigure,
    int? Version = null)
{
    public static readonly string[] Statuses = ["gepland", "lopend", "afgerond", "gestopt"];

    /// <summary>Already validated.</summary>
    public ActionContent ToContent() => new(
        Title!.Trim(), TargetGroup!.Trim(), Indicator!.Trim(), Unit!.Trim(), Direction == "rise", Baseline!.Value, Target!.Value,
        PeriodStart!.Value, PeriodEnd!.Value, BudgetEuros ?? 0, [.. (Partners ?? []).Select(p => p.Trim()).Where(p => p.Length > 0)],
        Status ?? "gepland", string.IsNullOrWhiteSpace(LiveFigure) ? null : LiveFigure);

    public static ActionRequest From(TableAction a) => new(
        a.Content.Title, a.Content.TargetGroup, a.Content.Indicator, a.Content.Unit, a.Content.Rises ? "rise" : "fall", a.Content.Baseline,
        a.Content.Target, a.Content.PeriodStart, a.Content.PeriodEnd, a.Content.BudgetEuros, a.Content.Partners, a.Content.Status,
        a.Content.LiveFigure, a.Version);
}

internal sealed class ActionRequestValidator : AbstractValidator<ActionRequest>
{
    public ActionRequestValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(r => r.Title).NotEmpty().MaximumLength(200);
        RuleFor(r => r.TargetGroup).NotEmpty().MaximumLength(200);
        RuleFor(r => r.Indicator).NotEmpty().MaximumLength(200);
        RuleFor(r => r.Unit).NotEmpty().MaximumLength(50);
        RuleFor(r => r.Direction).Must(d => d is "rise" or "fall").WithMessage("Use rise (the indicator must go up) or fall.");
        RuleFor(r => r.Baseline).NotNull().InclusiveBetween(-1_000_000_000, 1_000_000_000);
        RuleFor(r => r.Target).NotNull().InclusiveBetween(-1_000_000_000, 1_000_000_000);
        RuleFor(r => r.Target).GreaterThan(r => r.Baseline).When(r => r.Direction == "rise" && r.Baseline is not null)
            .WithMessage("The indicator must rise: the target must be above the baseline.");
        RuleFor(r => r.Target).LessThan(r => r.Baseline).When(r => r.Direction == "fall" && r.Baseline is not null)
            .WithMessage("The indicator must fall: the target must be below the baseline.");
        RuleFor(r => r.PeriodStart).NotNull();
        RuleFor(r => r.PeriodEnd).NotNull().GreaterThanOrEqualTo(r => r.PeriodStart).When(r => r.PeriodStart is not null)
            .WithMessage("The period must end on or after its start.");
        RuleFor(r => r.BudgetEuros).InclusiveBetween(0, 100_000_000).When(r => r.BudgetEuros is not null);
        RuleFor(r => r.Partners).Must(p => p is null || (p.Length <= 20 && p.All(name => name is not null && name.Length <= 100)))
            .WithMessage("At most 20 partners of at most 100 characters each.");
        RuleFor(r => r.Status).Must(s => s is null || ActionRequest.Statuses.Contains(s)).WithMessage($"Use one of: {string.Join(", ", ActionRequest.Statuses)}.");
        RuleFor(r => r.LiveFigure).Must(f => string.IsNullOrWhiteSpace(f) || LiveFigures.Codes.Contains(f!))
            .WithMessage($"Use one of: {string.Join(", ", LiveFigures.Codes)}, or leave it empty to enter values by hand.");
    }
}

/// <param name="Date">The day the value was measured; not in the future.</param>
internal sealed record ProgressRequest(DateOnly? Date, decimal? Value, string? Note);

internal sealed class ProgressRequestValidator : AbstractValidator<ProgressRequest>
{
    public ProgressRequestValidator(TimeProvider time)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(r => r.Date).NotNull().Must(d => d <= Labor.BuildingBlocks.Modules.DutchTime.Today(time))
            .WithMessage("Progress is recorded for today or a day before, never for a day still to come.");
        RuleFor(r => r.Value).NotNull().InclusiveBetween(-1_000_000_000, 1_000_000_000);
        RuleFor(r => r.Note).MaximumLength(1000);
    }
}

using Labor.Sectortables.Actions;
using Labor.Sectortables.Domain;

namespace Labor.Sectortables.Plans;

/// <param name="Progress">The actions' mean progress from baseline to target, 0–100 %; null without actions.</param>
internal sealed record TableSummary(Guid Id, string Name, string? NameEn, string PlanStatus, DateTimeOffset? ApprovedAt, int Actions, int? Progress);

internal sealed record TableView(
    Guid Id,
    string Name,
    string? NameEn,
    string PlanStatus,
    DateTimeOffset? ApprovedAt,
    IReadOnlyList<PlanStepView> PlanHistory,
    IReadOnlyList<ActionView> Actions,
    IReadOnlyDictionary<string, int> Figures,
    bool CanEdit);

internal sealed record PlanStepView(string From, string To, DateTimeOffset At, Guid By, string? Note)
{
    public static PlanStepView Of(PlanStatusChange c) => new(PlanStatuses.Codes[c.From], PlanStatuses.Codes[c.To], c.At, c.By, c.Note);
}

/// <param name="Current">The latest value: the live figure's when the indicator follows one, else the latest progress update's.</param>
internal sealed record ActionView(
    Guid Id,
    ActionRequest Action,
    decimal Current,
    int PercentDone,
    IReadOnlyList<ProgressView> Progress,
    IReadOnlyList<ChangeView> Changes);

internal sealed record ProgressView(Guid Id, DateOnly Date, decimal Value, string? Note, DateTimeOffset RecordedAt, Guid RecordedBy);

internal sealed record ChangeView(DateTimeOffset At, Guid By, string Summary);

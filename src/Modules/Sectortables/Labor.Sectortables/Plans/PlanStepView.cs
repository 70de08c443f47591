using Labor.Sectortables.Domain;

namespace Labor.Sectortables.Plans;

internal sealed record PlanStepView(string From, string To, DateTimeOffset At, Guid By, string? Note)
{
    public static PlanStepView Of(PlanStatusChange c) => new(PlanStatuses.Codes[c.From], PlanStatuses.Codes[c.To], c.At, c.By, c.Note);
}

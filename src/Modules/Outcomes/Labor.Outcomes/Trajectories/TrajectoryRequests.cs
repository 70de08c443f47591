using FluentValidation;
using Labor.BuildingBlocks.Modules;
using Labor.Outcomes.Domain;

namespace Labor.Outcomes.Trajectories;

/// <param name="Kind">intake, coaching, training-started or training-completed; staff may also record fund-application.</param>
/// <param name="On">The day it happened: today or within the past year.</param>
internal sealed record StepRequest(string? Kind, DateOnly? On);

/// <param name="Outcome">A person: withdrawn. Staff: training-completed, withdrawn, referred-elsewhere or no-longer-responding (placed comes from a placement).</param>
internal sealed record CloseRequest(string? Outcome);

internal static class TrajectoryRules
{
    public static readonly IReadOnlyList<StepKind> StaffSteps = [.. TrajectoryCodes.PersonSteps, StepKind.FundApplication];

    public static readonly IReadOnlyList<TrajectoryOutcome> StaffOutcomes =
        [TrajectoryOutcome.TrainingCompleted, TrajectoryOutcome.Withdrawn, TrajectoryOutcome.ReferredElsewhere, TrajectoryOutcome.NoLongerResponding];

    public static string Expected<T>(IEnumerable<T> values, Func<T, string> code) => $"Use one of: {string.Join(", ", values.Select(code))}.";
}

/// <summary>The rules for a step, by who records it.</summary>
internal sealed class StepRequestValidator : AbstractValidator<StepRequest>
{
    public StepRequestValidator(TimeProvider time, IReadOnlyList<StepKind> allowed)
    {
        RuleFor(r => r.Kind).Must(kind => TrajectoryCodes.Steps.TryParse(kind, out StepKind step) && allowed.Contains(step))
            .WithMessage(TrajectoryRules.Expected(allowed, step => TrajectoryCodes.Steps[step]));
        RuleFor(r => r.On).NotNull().Must(d => DutchTime.WithinAYear(d, time) && d <= DutchTime.Today(time))
            .WithMessage("A step is recorded once it happened: today or a day within the past year.");
    }

    public static StepRequestValidator ForPerson(TimeProvider time) => new(time, TrajectoryCodes.PersonSteps);

    public static StepRequestValidator ForStaff(TimeProvider time) => new(time, TrajectoryRules.StaffSteps);
}

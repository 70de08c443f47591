using Labor.BuildingBlocks.Codes;

namespace Labor.Outcomes.Domain;

/// <summary>
/// One person's route towards one aim (ADR 20): started by its first step, not by registering; its kind fixed when
/// it starts; at most one open at a time; closed with the outcome it reached.
/// </summary>
internal sealed class Trajectory
{
    /// <summary>A trajectory without a step for this long counts as no longer responding, until a new step comes.</summary>
    public const int SilentDays = 90;

    private Trajectory()
    {
    }

    public Guid Id { get; private set; }

    public Guid JobseekerId { get; private set; }

    public TrajectoryKind Kind { get; private set; }

    public DateOnly StartedOn { get; private set; }

    /// <summary>The person's situation and municipality when it started: where it counts.</summary>
    public string? Situation { get; private set; }

    public string? Municipality { get; private set; }

    /// <summary>Null while open.</summary>
    public TrajectoryOutcome? Outcome { get; private set; }

    public DateOnly? ClosedOn { get; private set; }

    public List<TrajectoryStep> Steps { get; private set; } = [];

    public DateTimeOffset ChangedAt { get; private set; }

    public bool IsOpen => Outcome is null;

    public DateOnly LastStepOn => Steps.Count == 0 ? StartedOn : Steps.Max(s => s.On);

    public bool Has(StepKind kind) => Steps.Any(s => s.Kind == kind);

    /// <summary>
    /// Werk naar werk from work (employed, self-employed); om- en bijscholing when the first step is a training or a
    /// fund application, whatever the situation; werkloosheid naar werk otherwise (a benefit, no benefit, or not said).
    /// </summary>
    public static TrajectoryKind KindFor(string? situation, StepKind firstStep) =>
        firstStep is StepKind.TrainingStarted or StepKind.FundApplication ? TrajectoryKind.Retraining
        : situation is "employed" or "self-employed" ? TrajectoryKind.WorkToWork
        : TrajectoryKind.UnemploymentToWork;

    public static Trajectory Start(Guid jobseekerId, string? situation, string? municipality, StepKind firstStep, DateOnly on, DateTimeOffset now) => new()
    {
        Id = Guid.NewGuid(), JobseekerId = jobseekerId, Kind = KindFor(situation, firstStep), StartedOn = on, Situation = situation,
        Municipality = municipality, ChangedAt = now,
    };

    /// <summary>
    /// Whether a new step goes on this route rather than starting another: it is open, it ended for silence, or the
    /// person withdrew less than <see cref="SilentDays"/> days ago (stopping and starting again is one route, not many).
    /// </summary>
    public bool TakesStepOn(DateOnly day) =>
        IsOpen || Outcome == TrajectoryOutcome.NoLongerResponding
        || (Outcome == TrajectoryOutcome.Withdrawn && ClosedOn is { } closed && day.DayNumber - closed.DayNumber < SilentDays);

    /// <summary>A placement closes the route as placed; a step on a route that <see cref="TakesStepOn"/> opens it again.</summary>
    public void Add(StepKind kind, DateOnly on, StepAuthor by, DateTimeOffset now)
    {
        if (!IsOpen)
        {
            Outcome = null;
            ClosedOn = null;
        }

        Steps.Add(new TrajectoryStep(Id, kind, on, by, now));
        StartedOn = on < StartedOn ? on : StartedOn;
        ChangedAt = now;
        if (kind == StepKind.Placement)
        {
            Close(TrajectoryOutcome.Placed, on, now);
        }
    }

    /// <returns>false when it was closed already.</returns>
    public bool Close(TrajectoryOutcome outcome, DateOnly on, DateTimeOffset now)
    {
        if (!IsOpen)
        {
            return false;
        }

        Outcome = outcome;
        ClosedOn = on;
        ChangedAt = now;
        return true;
    }
}

/// <param name="On">The day it happened, as the one who recorded it said.</param>
internal sealed class TrajectoryStep(Guid trajectoryId, StepKind kind, DateOnly on, StepAuthor by, DateTimeOffset recordedAt)
{
    public long Id { get; private set; }

    public Guid TrajectoryId { get; private set; } = trajectoryId;

    public StepKind Kind { get; private set; } = kind;

    public DateOnly On { get; private set; } = on;

    public StepAuthor By { get; private set; } = by;

    public DateTimeOffset RecordedAt { get; private set; } = recordedAt;
}

internal enum TrajectoryKind
{
    WorkToWork,
    UnemploymentToWork,
    Retraining,
}

internal enum StepKind
{
    Intake,
    Coaching,
    FundApplication,
    TrainingStarted,
    TrainingCompleted,
    Invitation,
    Placement,
}

internal enum TrajectoryOutcome
{
    Placed,
    TrainingCompleted,
    Withdrawn,
    ReferredElsewhere,
    NoLongerResponding,
}

internal enum StepAuthor
{
    Person,
    Employer,
    Staff,
    Platform,
}

/// <summary>The codes the API, the pages and the events spell the trajectories' lists with.</summary>
internal static class TrajectoryCodes
{
    public static readonly CodeList<TrajectoryKind> Kinds = new(
        (TrajectoryKind.WorkToWork, "werk-naar-werk"), (TrajectoryKind.UnemploymentToWork, "werkloosheid-naar-werk"), (TrajectoryKind.Retraining, "om-en-bijscholing"));

    public static readonly CodeList<StepKind> Steps = new(
        (StepKind.Intake, "intake"), (StepKind.Coaching, "coaching"), (StepKind.FundApplication, "fund-application"),
        (StepKind.TrainingStarted, "training-started"), (StepKind.TrainingCompleted, "training-completed"),
        (StepKind.Invitation, "invitation"), (StepKind.Placement, "placement"));

    public static readonly CodeList<TrajectoryOutcome> Outcomes = new(
        (TrajectoryOutcome.Placed, "placed"), (TrajectoryOutcome.TrainingCompleted, "training-completed"), (TrajectoryOutcome.Withdrawn, "withdrawn"),
        (TrajectoryOutcome.ReferredElsewhere, "referred-elsewhere"), (TrajectoryOutcome.NoLongerResponding, "no-longer-responding"));

    public static readonly CodeList<StepAuthor> Authors = new(
        (StepAuthor.Person, "person"), (StepAuthor.Employer, "employer"), (StepAuthor.Staff, "staff"), (StepAuthor.Platform, "platform"));

    /// <summary>What a person records themselves; invitations, placements and fund applications come from where they happen.</summary>
    public static readonly IReadOnlyList<StepKind> PersonSteps = [StepKind.Intake, StepKind.Coaching, StepKind.TrainingStarted, StepKind.TrainingCompleted];
}

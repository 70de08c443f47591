namespace Labor.Outcomes.Contracts;

/// <summary>
/// A trajectory started, took a step or ended (ADR 20): its whole new state, newest <paramref name="ChangedAt"/>
/// wins. Codes and dates only, and no person's id: the figures count routes, not people.
/// </summary>
/// <param name="Kind">werk-naar-werk, werkloosheid-naar-werk or om-en-bijscholing, fixed when it started.</param>
/// <param name="Situation">The person's situation when it started.</param>
/// <param name="Municipality">Where the person lived when it started; null when not given.</param>
/// <param name="Outcome">Null while open; placed, training-completed, withdrawn, referred-elsewhere or no-longer-responding.</param>
public sealed record TrajectoryRecorded(
    Guid TrajectoryId,
    string Kind,
    DateOnly StartedOn,
    string? Situation,
    string? Municipality,
    bool TrainingStarted,
    bool TrainingCompleted,
    string? Outcome,
    DateOnly? ClosedOn,
    DateTimeOffset ChangedAt);

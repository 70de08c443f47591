namespace Labor.Client;

/// <param name="HoursPerWeek">Left out: the vacancy's most hours.</param>
public sealed record Hire(Guid? VacancyId, Guid? JobseekerId, DateOnly? StartDate, int? HoursPerWeek = null);

/// <summary>A hire as the employer reads it; the name only while the person consents to being shown.</summary>
public sealed record HireRecord(Guid PlacementId, Guid VacancyId, string VacancyTitle, Guid JobseekerId, string? Name, DateOnly StartDate, int? HoursPerWeek);

/// <summary>New work: through a vacancy here (<paramref name="VacancyId"/>), or found elsewhere (occupation, and sector if not the occupation's).</summary>
public sealed record NewWorkReport(Guid? VacancyId, string? OccupationUri, string? SectorTable, DateOnly? StartDate, int? HoursPerWeek = null);

/// <summary>A placement as its person reads it.</summary>
public sealed record Placement(
    Guid Id,
    DateOnly StartDate,
    int? HoursPerWeek,
    Guid? VacancyId,
    string? VacancyTitle,
    string? OccupationUri,
    string? Occupation,
    IReadOnlyList<string> SectorTables,
    bool CrossedSectors,
    bool ProposedByMatch,
    string ReportedBy);

/// <param name="Kind">werk-naar-werk, werkloosheid-naar-werk or om-en-bijscholing.</param>
/// <param name="Outcome">Null while open; placed, training-completed, withdrawn, referred-elsewhere or no-longer-responding.</param>
public sealed record Trajectory(Guid Id, string Kind, DateOnly StartedOn, string? Outcome, DateOnly? ClosedOn, IReadOnlyList<TrajectoryStep> Steps);

/// <param name="By">person, employer, staff or platform.</param>
public sealed record TrajectoryStep(string Kind, DateOnly On, string By);

/// <param name="Kind">intake, coaching, training-started, training-completed (staff also fund-application).</param>
public sealed record StepDraft(string? Kind, DateOnly? On);

public sealed record TrajectoryEnd(string? Outcome);

namespace Labor.Sectortables.Figures;

/// <summary>What the figures need of a vacancy, from Vacancies' events.</summary>
internal sealed class TrackedVacancy
{
    public Guid VacancyId { get; init; }

    public string[] SectorTables { get; set; } = [];

    public string? Municipality { get; set; }

    /// <summary>The first publication: "new this month" counts it once.</summary>
    public DateTimeOffset PublishedAt { get; init; }

    /// <summary>Null while open.</summary>
    public DateTimeOffset? ClosedAt { get; set; }

    public DateTimeOffset ChangedAt { get; set; }
}

/// <summary>What the figures need of a jobseeker, from Jobseekers' events: no name, no address.</summary>
internal sealed class TrackedJobseeker
{
    public Guid JobseekerId { get; init; }

    public DateTimeOffset RegisteredAt { get; set; }

    public string[] SectorTables { get; set; } = [];

    public string? Municipality { get; set; }

    /// <summary>employed, self-employed, uwv-benefit, social-assistance, no-benefit or null.</summary>
    public string? Situation { get; set; }

    public DateTimeOffset? ProfileChangedAt { get; set; }

    /// <summary>Set when the person was erased: everything but the id is gone, and a late event cannot bring it back.</summary>
    public DateTimeOffset? ErasedAt { get; set; }
}

/// <summary>A sector table's matches as the latest nightly run found them (each run replaces the last).</summary>
internal sealed class MatchFigure
{
    public required string SectorTable { get; init; }

    public int Matches { get; set; }

    public int IntersectoralInto { get; set; }

    public int IntersectoralOutOf { get; set; }

    public DateTimeOffset FoundAt { get; set; }
}

/// <summary>Digest mails and fits per sector table per month, added up from <c>DigestSent</c>.</summary>
internal sealed class DigestFigure
{
    public required string SectorTable { get; init; }

    /// <summary>The first day of the month.</summary>
    public DateOnly Month { get; init; }

    public int Digests { get; set; }

    public int Fits { get; set; }
}

/// <summary>A table's live figure as it stood at the end of a day: the figures' history, one row per figure per day.</summary>
internal sealed class FigureSnapshot
{
    public required string SectorTable { get; init; }

    public required string Figure { get; init; }

    /// <summary>The Dutch calendar day.</summary>
    public DateOnly Day { get; init; }

    public int Value { get; init; }
}

/// <summary>
/// A placement as the figures count it, from <c>PlacementRecorded</c>: codes and dates, and no person's id, so it
/// stays when the person is erased (ADR 20: the programme's counts do not fall when someone asks to be forgotten).
/// </summary>
internal sealed class TrackedPlacement
{
    public Guid PlacementId { get; init; }

    public DateOnly StartDate { get; set; }

    public string? Municipality { get; set; }

    public string? FromSituation { get; set; }

    public string[] FromSectorTables { get; set; } = [];

    public string[] ToSectorTables { get; set; } = [];

    public bool CrossedSectors { get; set; }

    public bool ProposedByMatch { get; set; }

    public bool AfterTraining { get; set; }

    public DateTimeOffset ChangedAt { get; set; }
}

/// <summary>A trajectory as the figures count it, from <c>TrajectoryRecorded</c>: codes and dates, no person's id (ADR 20).</summary>
internal sealed class TrackedTrajectory
{
    public Guid TrajectoryId { get; init; }

    /// <summary>werk-naar-werk, werkloosheid-naar-werk or om-en-bijscholing.</summary>
    public required string Kind { get; set; }

    public DateOnly StartedOn { get; set; }

    public string? Situation { get; set; }

    public string? Municipality { get; set; }

    public bool TrainingStarted { get; set; }

    public bool TrainingCompleted { get; set; }

    /// <summary>Null while open.</summary>
    public string? Outcome { get; set; }

    public DateTimeOffset ChangedAt { get; set; }
}

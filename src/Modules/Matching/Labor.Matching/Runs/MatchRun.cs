namespace Labor.Matching.Runs;

/// <summary>
/// One nightly run: its progress (chunks of jobseekers done, each committed with its results) lets a run that was
/// stopped midway carry on where it stopped, and its counts are what <c>MatchesFound</c> reports.
/// </summary>
internal sealed class MatchRun
{
    public Guid Id { get; init; }

    public DateTimeOffset StartedAt { get; init; }

    public RunStatus Status { get; set; }

    public int ChunkSize { get; init; }

    public int ChunksDone { get; set; }

    public int Jobseekers { get; set; }

    public int Vacancies { get; set; }

    public int Matches { get; set; }

    /// <summary>Per sector table: matches, and intersectoral moves into and out of it (JSON).</summary>
    public string? SectorCounts { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }
}

internal enum RunStatus
{
    Running,
    Finished,
}

/// <summary>The result tables, and the fresh tables a run fills before they are swapped in.</summary>
internal static class MatchTables
{
    public const string JobseekerMatches = "jobseeker_matches";
    public const string VacancyCandidates = "vacancy_candidates";

    public static string Next(string table) => table + "_next";
}

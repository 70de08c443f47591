namespace Labor.Matching.Runs;

/// <summary>
/// One nightly run: its jobseekers split into <see cref="MatchRunChunk"/>s that any host's Hangfire worker may take
/// (design rule 8), finished by <see cref="NightlyFinish"/> once every chunk is done. Its counts are what
/// <c>MatchesFound</c> reports.
/// </summary>
internal sealed class MatchRun
{
    public Guid Id { get; init; }

    public DateTimeOffset StartedAt { get; init; }

    public RunStatus Status { get; set; }

    public int Chunks { get; init; }

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

    /// <summary>Left unfinished for too long: a newer run replaced it, and its chunks write nothing any more.</summary>
    Abandoned,
}

/// <summary>
/// A range of jobseeker ids within a run, matched by one Hangfire job: its jobseekers' lists and its share of the
/// vacancies' lists are written with its counts in one transaction, so a chunk is done once or not at all. The ranges
/// cover every id, so someone who registered after the run was planned is in one of them too.
/// </summary>
internal sealed class MatchRunChunk
{
    public Guid RunId { get; init; }

    public int Number { get; init; }

    /// <summary>The first id in the range.</summary>
    public Guid FromJobseekerId { get; init; }

    /// <summary>The first id after the range; null for the last chunk.</summary>
    public Guid? ToJobseekerId { get; init; }

    public DateTimeOffset? DoneAt { get; set; }

    public int Jobseekers { get; set; }

    /// <summary>The open vacancies the chunk was matched against (hosts load them at slightly different moments).</summary>
    public int Vacancies { get; set; }

    public int Matches { get; set; }

    /// <summary>The chunk's share of the run's <see cref="MatchRun.SectorCounts"/> (JSON).</summary>
    public string? SectorCounts { get; set; }
}

/// <summary>The result tables, the fresh tables a run fills before they are swapped in, and the chunks' shares of the vacancies' lists.</summary>
internal static class MatchTables
{
    public const string JobseekerMatches = "jobseeker_matches";
    public const string VacancyCandidates = "vacancy_candidates";

    /// <summary>Each chunk's best consenting candidates per vacancy; the run's lists are the best of these.</summary>
    public const string CandidateShares = "vacancy_candidates_shares";

    public static string Next(string table) => table + "_next";
}

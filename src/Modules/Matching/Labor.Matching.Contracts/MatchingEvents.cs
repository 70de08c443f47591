namespace Labor.Matching.Contracts;

/// <summary>
/// Matching found fits: after a nightly run over everyone, or an incremental run for one new vacancy or one changed
/// profile. Counts only, per sector table: the sector tables keep figures, the digest reads matching's own lists.
/// </summary>
/// <param name="Trigger">nightly, vacancy or profile.</param>
/// <param name="Matches">Pairs in jobseekers' lists (top 20 each) that this run produced.</param>
public sealed record MatchesFound(
    Guid RunId,
    string Trigger,
    int Jobseekers,
    int Vacancies,
    int Matches,
    IReadOnlyList<SectorMatches> Sectors,
    DateTimeOffset FoundAt);

/// <param name="IntersectoralInto">Matches into this sector of people who worked in other sectors.</param>
/// <param name="IntersectoralOutOf">Matches of people who worked in this sector into other sectors.</param>
public sealed record SectorMatches(string SectorTable, int Matches, int IntersectoralInto, int IntersectoralOutOf);

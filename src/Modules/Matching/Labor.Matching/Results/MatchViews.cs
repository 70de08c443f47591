namespace Labor.Matching.Results;

/// <summary>A vacancy in the jobseeker's own list.</summary>
internal sealed record MatchView(
    int Rank,
    Guid VacancyId,
    string Title,
    string? Municipality,
    string WorkplaceMode,
    int HoursMin,
    int HoursMax,
    IReadOnlyList<string> SectorTables,
    int Score,
    ScoreParts Parts,
    Explanation Explanation,
    DateTimeOffset FoundAt);

/// <summary>A consenting candidate for the employer's vacancy, with what the employer may see of them.</summary>
/// <param name="Verdict">invited or not-suitable once the employer said so; null before.</param>
internal sealed record CandidateView(
    int Rank,
    Guid JobseekerId,
    string Name,
    string? Email,
    string? Municipality,
    string? EducationLevel,
    IReadOnlyList<CandidateExperience> Experience,
    IReadOnlyList<string> Diplomas,
    int Score,
    ScoreParts Parts,
    Explanation Explanation,
    string? Verdict);

internal sealed record CandidateExperience(string Occupation, string Label, int Years);

/// <param name="Verdict">invited or not-suitable.</param>
internal sealed record FeedbackRequest(string? Verdict);

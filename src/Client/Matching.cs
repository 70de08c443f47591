namespace Labor.Client;

/// <summary>A vacancy in the signed-in jobseeker's list of matches.</summary>
public sealed record Match(
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
    MatchExplanation Explanation,
    DateTimeOffset FoundAt);

/// <summary>Skills (of 50), occupation (20), sector (10), distance (10), hours (10).</summary>
public sealed record ScoreParts(int Skills, int Occupation, int Sector, int Distance, int Hours);

public sealed record MatchExplanation(
    IReadOnlyList<MatchSkill> MatchedSkills,
    IReadOnlyList<MatchSkill> RelatedSkills,
    IReadOnlyList<MatchSkill> MissingEssentialSkills,
    double? DistanceKm,
    string OccupationRelation,
    bool Intersectoral,
    IReadOnlyList<MatchSkill> CarriedOverSkills,
    IReadOnlyList<TrainingHint> Training);

public sealed record MatchSkill(string Uri, string Label);

public sealed record TrainingHint(string Id, string Title, string Provider, int DurationHours, bool Voucher, IReadOnlyList<MatchSkill> Teaches);

/// <summary>A consenting candidate for an employer's vacancy.</summary>
public sealed record Candidate(
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
    MatchExplanation Explanation,
    string? Verdict);

public sealed record CandidateExperience(string Occupation, string Label, int Years);

/// <param name="Verdict">invited or not-suitable.</param>
public sealed record CandidateVerdict(string? Verdict);

/// <param name="Token">The last part of a digest's unsubscribe link (<c>/uitschrijven/{token}</c>).</param>
public sealed record DigestUnsubscribe(string? Token);

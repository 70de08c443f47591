namespace Labor.Jobseekers.Contracts;

/// <summary>
/// What an employer may see of a matched candidate, and only of those who consent right now. Jobseekers decides
/// consent from its own records, whatever copy another module holds.
/// </summary>
public interface ICandidateCards
{
    /// <returns>A card for each of these jobseekers who consents to being shown; the others are left out.</returns>
    Task<IReadOnlyDictionary<Guid, CandidateCard>> FindConsentingAsync(IReadOnlyCollection<Guid> jobseekerIds, CancellationToken cancellationToken);
}

/// <param name="EducationLevel">A code from the shared vocabulary; null when not given.</param>
public sealed record CandidateCard(
    Guid JobseekerId,
    string Name,
    string? Municipality,
    string? EducationLevel,
    IReadOnlyList<WorkExperience> Experience,
    IReadOnlyList<string> Diplomas);

namespace Labor.Matching.Contracts;

/// <summary>How many candidates matching lists per vacancy, for the employer's overview.</summary>
public interface ICandidateCounts
{
    /// <returns>The count for each of these vacancies that has candidates; the others are left out.</returns>
    Task<IReadOnlyDictionary<Guid, int>> CountAsync(IReadOnlyCollection<Guid> vacancyIds, CancellationToken cancellationToken);
}

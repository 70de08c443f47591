namespace Labor.Matching.Contracts;

/// <summary>
/// Whether the matching put a person and a vacancy before each other, asked at the moment a hire is recorded: the
/// lists change every night, and a placement keeps what was true when it happened.
/// </summary>
public interface IMatchProposals
{
    /// <returns>Those of these jobseekers who are in the vacancy's list of candidates now.</returns>
    Task<IReadOnlySet<Guid>> CandidatesAmongAsync(Guid vacancyId, IReadOnlyCollection<Guid> jobseekerIds, CancellationToken cancellationToken);

    /// <returns>Whether the vacancy is in the person's list, or the person among the vacancy's candidates.</returns>
    Task<bool> WasProposedAsync(Guid jobseekerId, Guid vacancyId, CancellationToken cancellationToken);
}

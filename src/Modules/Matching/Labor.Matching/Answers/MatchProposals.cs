using Labor.Matching.Contracts;
using Labor.Matching.Data;
using Microsoft.EntityFrameworkCore;

namespace Labor.Matching.Answers;

internal sealed class MatchProposals(MatchingDbContext db) : IMatchProposals
{
    public async Task<IReadOnlySet<Guid>> CandidatesAmongAsync(Guid vacancyId, IReadOnlyCollection<Guid> jobseekerIds, CancellationToken cancellationToken) =>
        (await db.VacancyCandidates.Where(c => c.VacancyId == vacancyId && jobseekerIds.Contains(c.JobseekerId)).Select(c => c.JobseekerId)
            .ToListAsync(cancellationToken)).ToHashSet();

    public async Task<bool> WasProposedAsync(Guid jobseekerId, Guid vacancyId, CancellationToken cancellationToken) =>
        await db.VacancyCandidates.AnyAsync(c => c.VacancyId == vacancyId && c.JobseekerId == jobseekerId, cancellationToken)
        || await db.JobseekerMatches.AnyAsync(m => m.VacancyId == vacancyId && m.JobseekerId == jobseekerId, cancellationToken);
}

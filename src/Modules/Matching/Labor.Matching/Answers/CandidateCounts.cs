using Labor.Matching.Contracts;
using Labor.Matching.Data;
using Microsoft.EntityFrameworkCore;

namespace Labor.Matching.Answers;

internal sealed class CandidateCounts(MatchingDbContext db) : ICandidateCounts
{
    public async Task<IReadOnlyDictionary<Guid, int>> CountAsync(IReadOnlyCollection<Guid> vacancyIds, CancellationToken cancellationToken) =>
        await db.VacancyCandidates.Where(c => vacancyIds.Contains(c.VacancyId)).GroupBy(c => c.VacancyId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
}

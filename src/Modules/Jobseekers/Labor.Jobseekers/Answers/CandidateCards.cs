using Labor.Jobseekers.Contracts;
using Labor.Jobseekers.Data;
using Microsoft.EntityFrameworkCore;

namespace Labor.Jobseekers.Answers;

/// <summary>The Jobseekers door for showing candidates: consent is checked here, at the moment of showing.</summary>
internal sealed class CandidateCards(JobseekersDbContext db) : ICandidateCards
{
    public async Task<IReadOnlyDictionary<Guid, CandidateCard>> FindConsentingAsync(IReadOnlyCollection<Guid> jobseekerIds, CancellationToken cancellationToken)
    {
        var consenting = await db.Jobseekers.AsNoTracking()
            .Where(j => jobseekerIds.Contains(j.Id) && j.Consented && j.Profile.Name != null)
            .ToListAsync(cancellationToken);
        return consenting.ToDictionary(j => j.Id, j => new CandidateCard(
            j.Id, j.Profile.Name!, j.Profile.Municipality, j.Profile.EducationLevel,
            [.. j.Profile.Experience.Select(e => new WorkExperience(e.OccupationUri, e.Years))], j.Profile.Diplomas));
    }
}

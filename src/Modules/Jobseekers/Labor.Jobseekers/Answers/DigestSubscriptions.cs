using Labor.BuildingBlocks.Messaging;
using Labor.BuildingBlocks.Persistence;
using Labor.Jobseekers.Contracts;
using Labor.Jobseekers.Data;
using Labor.Jobseekers.Profile;
using Labor.Jobseekers.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Labor.Jobseekers.Answers;

/// <summary>The Jobseekers door for the digest mailer: the frequency is read and switched off here, where it is kept.</summary>
internal sealed class DigestSubscriptions(JobseekersDbContext db, TimeProvider time, ILogger<DigestSubscriptions> logger) : IDigestSubscriptions
{
    public async Task<IReadOnlySet<Guid>> WantingAsync(IReadOnlyCollection<Guid> jobseekerIds, string frequency, CancellationToken cancellationToken) =>
        (await db.Jobseekers.AsNoTracking()
            .Where(j => jobseekerIds.Contains(j.Id) && j.Profile.DigestFrequency == frequency)
            .Select(j => j.Id)
            .ToListAsync(cancellationToken)).ToHashSet();

    public async Task<bool> UnsubscribeAsync(Guid jobseekerId, CancellationToken cancellationToken)
    {
        Jobseeker? jobseeker = await db.Jobseekers.FirstOrDefaultAsync(j => j.Id == jobseekerId, cancellationToken);
        if (jobseeker is null)
        {
            return false;
        }

        if (jobseeker.Profile.DigestFrequency != ProfileCodes.NoDigest)
        {
            DateTimeOffset now = time.GetUtcNow().ToStoredPrecision();
            jobseeker.Edit(jobseeker.Profile with { DigestFrequency = ProfileCodes.NoDigest }, now);
            db.AddIntegrationEvent(new JobseekerProfileChanged(jobseeker.Id, SharedProfile.Of(jobseeker.Profile), now), now);
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Jobseeker {JobseekerId} unsubscribed from vacancy digests", jobseeker.Id);
        }

        return true;
    }
}

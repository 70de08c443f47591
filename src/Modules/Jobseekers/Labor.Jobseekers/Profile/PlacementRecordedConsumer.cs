using Labor.BuildingBlocks.Messaging;
using Labor.BuildingBlocks.Persistence;
using Labor.Jobseekers.Contracts;
using Labor.Jobseekers.Data;
using Labor.Jobseekers.Domain;
using Labor.Outcomes.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Labor.Jobseekers.Profile;

/// <summary>After a placement the profile says the person works now, and their digests do what they chose (ADR 20).</summary>
internal sealed class PlacementRecordedConsumer(JobseekersDbContext db, TimeProvider time) : InboxConsumer<PlacementRecorded, JobseekersDbContext>(db, time)
{
    protected override async Task HandleAsync(PlacementRecorded message, CancellationToken cancellationToken)
    {
        Jobseeker? jobseeker = await Db.Jobseekers.FirstOrDefaultAsync(j => j.Id == message.JobseekerId, cancellationToken);
        DateTimeOffset now = Time.GetUtcNow().ToStoredPrecision();
        if (jobseeker is not null && jobseeker.StartedNewWork(message.PlacementId, now))
        {
            Db.AddIntegrationEvent(new JobseekerProfileChanged(jobseeker.Id, SharedProfile.Of(jobseeker.Profile), now), now);
        }
    }
}

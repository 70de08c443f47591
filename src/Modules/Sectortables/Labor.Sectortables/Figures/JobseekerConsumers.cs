using Labor.BuildingBlocks.Messaging;
using Labor.Jobseekers.Contracts;
using Labor.Sectortables.Data;

namespace Labor.Sectortables.Figures;

/// <summary>A registration counts in the month it happened.</summary>
internal sealed class JobseekerRegisteredConsumer(SectortablesDbContext db, TimeProvider time) : InboxConsumer<JobseekerRegistered, SectortablesDbContext>(db, time)
{
    protected override async Task HandleAsync(JobseekerRegistered message, CancellationToken cancellationToken) =>
        (await Db.JobseekerAsync(message.JobseekerId, cancellationToken)).RegisteredAt = message.RegisteredAt;
}

/// <summary>The sectors, municipality and situation a person is counted under; the newest profile wins.</summary>
internal sealed class JobseekerProfileChangedConsumer(SectortablesDbContext db, TimeProvider time) : InboxConsumer<JobseekerProfileChanged, SectortablesDbContext>(db, time)
{
    protected override async Task HandleAsync(JobseekerProfileChanged message, CancellationToken cancellationToken)
    {
        TrackedJobseeker jobseeker = await Db.JobseekerAsync(message.JobseekerId, cancellationToken);
        if (jobseeker.ErasedAt is null && (jobseeker.ProfileChangedAt is null || jobseeker.ProfileChangedAt < message.ChangedAt))
        {
            JobseekerProfile profile = message.Profile;
            jobseeker.SectorTables = [.. profile.SectorTables];
            jobseeker.Municipality = profile.Municipality;
            jobseeker.Situation = profile.Situation;
            jobseeker.ProfileChangedAt = message.ChangedAt;
        }
    }
}

/// <summary>An erased person stays a number (they registered) without anything that describes them.</summary>
internal sealed class JobseekerErasedConsumer(SectortablesDbContext db, TimeProvider time) : InboxConsumer<JobseekerErased, SectortablesDbContext>(db, time)
{
    protected override async Task HandleAsync(JobseekerErased message, CancellationToken cancellationToken)
    {
        TrackedJobseeker jobseeker = await Db.JobseekerAsync(message.JobseekerId, cancellationToken);
        jobseeker.ErasedAt = message.ErasedAt;
        jobseeker.SectorTables = [];
        jobseeker.Municipality = null;
        jobseeker.Situation = null;
    }
}

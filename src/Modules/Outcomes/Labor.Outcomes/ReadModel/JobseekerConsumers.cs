using Labor.BuildingBlocks.Messaging;
using Labor.Jobseekers.Contracts;
using Labor.Outcomes.Data;
using Labor.Outcomes.Trajectories;
using Labor.Reference.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Labor.Outcomes.ReadModel;

/// <summary>A registered person may report work or record steps before they fill in a profile.</summary>
internal sealed class JobseekerRegisteredConsumer(OutcomesDbContext db, TimeProvider time) : InboxConsumer<JobseekerRegistered, OutcomesDbContext>(db, time)
{
    protected override Task HandleAsync(JobseekerRegistered message, CancellationToken cancellationToken) => Db.LockPersonAsync(message.JobseekerId, cancellationToken);
}

/// <summary>Keeps where the person comes from; the newest profile wins, and an erased person stays erased.</summary>
internal sealed class JobseekerProfileChangedConsumer(OutcomesDbContext db, IVocabulary vocabulary, TimeProvider time)
    : InboxConsumer<JobseekerProfileChanged, OutcomesDbContext>(db, time)
{
    protected override async Task HandleAsync(JobseekerProfileChanged message, CancellationToken cancellationToken)
    {
        KnownPerson person = await Db.LockPersonAsync(message.JobseekerId, cancellationToken);
        if (person.ErasedAt is not null || person.ProfileChangedAt >= message.ChangedAt)
        {
            return;
        }

        JobseekerProfile profile = message.Profile;
        person.Situation = profile.Situation;
        person.OccupationUri = profile.Experience.Count > 0 ? profile.Experience[0].OccupationUri : null;
        person.SectorTables = [.. profile.Experience.SelectMany(e => vocabulary.FindOccupation(e.OccupationUri)?.SectorTables ?? []).Distinct().Order(StringComparer.Ordinal)];
        person.Municipality = profile.Municipality;
        person.ProfileChangedAt = message.ChangedAt;
    }
}

/// <summary>An erased person's placements and trajectories go; the figures other modules counted from them stay, with no id to link back.</summary>
internal sealed class JobseekerErasedConsumer(OutcomesDbContext db, TrajectoryBook trajectories, TimeProvider time) : InboxConsumer<JobseekerErased, OutcomesDbContext>(db, time)
{
    protected override async Task HandleAsync(JobseekerErased message, CancellationToken cancellationToken)
    {
        KnownPerson person = await Db.LockPersonAsync(message.JobseekerId, cancellationToken);
        await trajectories.EndForErasureAsync(message.JobseekerId, cancellationToken);
        await Db.Placements.Where(p => p.JobseekerId == message.JobseekerId).ExecuteDeleteAsync(cancellationToken);
        await Db.Trajectories.Where(t => t.JobseekerId == message.JobseekerId).ExecuteDeleteAsync(cancellationToken);
        person.Situation = null;
        person.OccupationUri = null;
        person.SectorTables = [];
        person.Municipality = null;
        person.ErasedAt ??= message.ErasedAt;
    }
}

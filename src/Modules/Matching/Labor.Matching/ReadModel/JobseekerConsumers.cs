using System.Text.Json;
using Labor.BuildingBlocks.Messaging;
using Labor.Jobseekers.Contracts;
using Labor.Matching.Data;
using Labor.Matching.Runs;
using Microsoft.EntityFrameworkCore;

namespace Labor.Matching.ReadModel;

/// <summary>Keeps the profile in matching's pool; the newest change wins whatever order events arrive in.</summary>
internal sealed class JobseekerProfileChangedConsumer(MatchingDbContext db, IncrementalMatching matching, TimeProvider time) : InboxConsumer<JobseekerProfileChanged, MatchingDbContext>(db, time)
{
    protected override async Task HandleAsync(JobseekerProfileChanged changed, CancellationToken cancellationToken)
    {
        PoolMember? member = await PoolMembers.FindOrAddAsync(Db, changed.JobseekerId, Time.GetUtcNow(), cancellationToken);
        if (member is not null && (member.ProfileChangedAt is null || member.ProfileChangedAt < changed.ChangedAt))
        {
            member.Profile = JsonSerializer.Serialize(changed.Profile, JsonSerializerOptions.Web);
            member.ProfileChangedAt = changed.ChangedAt;
            member.ReceivedAt = Time.GetUtcNow();
            await Db.SaveChangesAsync(cancellationToken);
            await matching.MatchJobseekerAsync(changed.JobseekerId, cancellationToken);
        }
    }
}

/// <summary>Keeps the consent in matching's pool; the newest change wins whatever order events arrive in.</summary>
internal sealed class JobseekerConsentChangedConsumer(MatchingDbContext db, IncrementalMatching matching, TimeProvider time) : InboxConsumer<JobseekerConsentChanged, MatchingDbContext>(db, time)
{
    protected override async Task HandleAsync(JobseekerConsentChanged changed, CancellationToken cancellationToken)
    {
        PoolMember? member = await PoolMembers.FindOrAddAsync(Db, changed.JobseekerId, Time.GetUtcNow(), cancellationToken);
        if (member is not null && (member.ConsentChangedAt is null || member.ConsentChangedAt < changed.ChangedAt))
        {
            member.Consented = changed.Consented;
            member.ConsentChangedAt = changed.ChangedAt;
            member.ReceivedAt = Time.GetUtcNow();
            await Db.SaveChangesAsync(cancellationToken);
            await matching.MatchJobseekerAsync(changed.JobseekerId, cancellationToken);
        }
    }
}

/// <summary>An erased jobseeker leaves matching entirely: the pool, their matches and the feedback on them.</summary>
internal sealed class JobseekerErasedConsumer(MatchingDbContext db, TimeProvider time) : InboxConsumer<JobseekerErased, MatchingDbContext>(db, time)
{
    protected override async Task HandleAsync(JobseekerErased message, CancellationToken cancellationToken)
    {
        Guid id = message.JobseekerId;
        await Db.Pool.Where(m => m.JobseekerId == id).ExecuteDeleteAsync(cancellationToken);
        await Db.JobseekerMatches.Where(m => m.JobseekerId == id).ExecuteDeleteAsync(cancellationToken);
        await Db.VacancyCandidates.Where(c => c.JobseekerId == id).ExecuteDeleteAsync(cancellationToken);
        await Db.Feedback.Where(f => f.JobseekerId == id).ExecuteDeleteAsync(cancellationToken);
        await Db.MailedFits.Where(f => f.JobseekerId == id).ExecuteDeleteAsync(cancellationToken);
        await Db.SentDigests.Where(d => d.JobseekerId == id).ExecuteDeleteAsync(cancellationToken);
        await Db.MailRejections.Where(r => r.JobseekerId == id).ExecuteDeleteAsync(cancellationToken);
        if (!await Db.Erased.AnyAsync(e => e.JobseekerId == id, cancellationToken))
        {
            Db.Erased.Add(new ErasedJobseeker { JobseekerId = id, ErasedAt = message.ErasedAt });
        }
    }
}

internal static class PoolMembers
{
    /// <summary>
    /// The member, locked for the consumer's transaction: two events about one person handled at once (consent
    /// withdrawn, then given again) are then compared with what the other committed, not with what both read before.
    /// </summary>
    /// <returns>null for an erased jobseeker: a late event must not bring them back.</returns>
    public static async Task<PoolMember?> FindOrAddAsync(MatchingDbContext db, Guid jobseekerId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await db.Erased.AnyAsync(e => e.JobseekerId == jobseekerId, cancellationToken))
        {
            return null;
        }

        // Insert or lock, in that order: of two first events about a new person handled at once, one inserts and the
        // other waits on the key and then finds the row, instead of both inserting and one failing on the key.
        await db.Database.ExecuteSqlAsync(
            $"INSERT INTO matching.jobseekers (jobseeker_id, consented, received_at) VALUES ({jobseekerId}, false, {now}) ON CONFLICT (jobseeker_id) DO NOTHING",
            cancellationToken);
        return await db.Pool.FromSql($"SELECT * FROM matching.jobseekers WHERE jobseeker_id = {jobseekerId} FOR UPDATE")
            .SingleAsync(cancellationToken);
    }
}

using Labor.BuildingBlocks.Messaging;
using Labor.BuildingBlocks.Persistence;
using Labor.Jobseekers.Contracts;
using Labor.Jobseekers.Data;
using Labor.Jobseekers.Domain;
using Labor.Reference.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Labor.Jobseekers.Profile;

/// <summary>
/// At start, profiles that still name a skill the vocabulary has replaced (a regional skill ESCO took over, ADR 12)
/// are moved to the skill that replaced it, and the other modules are told. Nothing the person entered is lost: the
/// old URI always meant that skill. Hosts starting together take turns on the rows.
/// </summary>
internal static class ReplacedSkills
{
    public static async Task MoveAsync(JobseekersDbContext db, IVocabulary vocabulary, TimeProvider time, CancellationToken cancellationToken)
    {
        string[] named = await db.Database
            .SqlQuery<string>($"SELECT DISTINCT unnest(profile_skills) AS \"Value\" FROM jobseekers.jobseekers")
            .ToArrayAsync(cancellationToken);
        IReadOnlyDictionary<string, string> replaced = VocabularyNames.ReplacedSkills(vocabulary, named);
        if (replaced.Count == 0)
        {
            return;
        }

        string[] old = [.. replaced.Keys];
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        List<Guid> ids = await db.Database.SqlQuery<Guid>($"""
            SELECT id AS "Value" FROM jobseekers.jobseekers WHERE profile_skills && {old} FOR UPDATE
            """).ToListAsync(cancellationToken);
        DateTimeOffset now = time.GetUtcNow().ToStoredPrecision();
        foreach (Jobseeker jobseeker in await db.Jobseekers.Where(j => ids.Contains(j.Id)).ToListAsync(cancellationToken))
        {
            jobseeker.Amend(jobseeker.Profile with { Skills = VocabularyNames.Current(replaced, jobseeker.Profile.Skills) });
            db.AddIntegrationEvent(new JobseekerProfileChanged(jobseeker.Id, SharedProfile.Of(jobseeker.Profile), now), now);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}

using Labor.Accounts.Contracts;
using Labor.BuildingBlocks.Mail;
using Labor.BuildingBlocks.Persistence;
using Labor.BuildingBlocks.Web;
using Labor.Jobseekers.Data;
using Labor.Jobseekers.Domain;
using Labor.Jobseekers.Privacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Labor.Jobseekers.Retention;

/// <summary>
/// The daily job "jobseekers-inactive": warns those whose profile has not been used for nearly the retention period,
/// and erases those still inactive a warning period later. Any use of the profile (signing in lands on it) undoes
/// the warning. Idempotent: a warned profile is not warned again, an erased one is gone.
/// </summary>
internal sealed class InactiveProfiles(
    JobseekersDbContext db, JobseekerErasure erasure, IAccountContacts accounts, IMailSender mail, IOptions<PublicUrlOptions> site,
    IOptions<RetentionOptions> options, TimeProvider time, ILogger<InactiveProfiles> logger)
{
    public const string JobId = "jobseekers-inactive";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        RetentionOptions retention = options.Value;
        DateTimeOffset now = time.GetUtcNow().ToStoredPrecision();
        DateTimeOffset inactiveSince = now.AddMonths(-retention.InactiveMonths);
        DateTimeOffset warnIfInactiveSince = inactiveSince.AddDays(retention.WarningDays);
        DateTimeOffset warnedBefore = now.AddDays(-retention.WarningDays);

        int erased = 0;
        List<Guid> due;
        do
        {
            due = await db.Jobseekers.Where(j => j.InactivityWarnedAt != null && j.InactivityWarnedAt <= warnedBefore && j.LastActiveAt < inactiveSince)
                .OrderBy(j => j.Id).Select(j => j.Id).Take(retention.BatchSize).ToListAsync(cancellationToken);
            foreach (Guid id in due)
            {
                erased += await erasure.EraseAsync(id, Erasure.Inactive, cancellationToken) ? 1 : 0;
            }
        }
        while (due.Count == retention.BatchSize);

        int warned = 0;
        List<Jobseeker> toWarn;
        do
        {
            toWarn = await db.Jobseekers.Where(j => j.InactivityWarnedAt == null && j.LastActiveAt < warnIfInactiveSince)
                .OrderBy(j => j.Id).Take(retention.BatchSize).ToListAsync(cancellationToken);
            IReadOnlyDictionary<Guid, AccountContact> contacts = await accounts.FindManyAsync([.. toWarn.Select(j => j.Id)], cancellationToken);
            foreach (Jobseeker jobseeker in toWarn)
            {
                // Marked before sending: a crash between the two means one missed warning (the erasure still waits the
                // full period), never a second identical mail.
                jobseeker.WarnedOfInactivity(now);
                await db.SaveChangesAsync(cancellationToken);
                if (contacts.TryGetValue(jobseeker.Id, out AccountContact? contact))
                {
                    await mail.SendAsync(InactivityMail.For(contact, site.Value, now.AddDays(retention.WarningDays)), cancellationToken);
                    warned++;
                }
            }
        }
        while (toWarn.Count == retention.BatchSize);

        logger.LogInformation("Inactive profiles: {Warned} warned, {Erased} erased", warned, erased);
    }
}

using Labor.BuildingBlocks.Messaging;
using Labor.BuildingBlocks.Persistence;
using Labor.Jobseekers.Contracts;
using Labor.Jobseekers.Data;
using Labor.Jobseekers.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Labor.Jobseekers.Privacy;

/// <summary>
/// Erases a jobseeker: their profile and consent history go, and <see cref="JobseekerErased"/> tells every other
/// module (Accounts deletes the account with its e-mail address) in the same transaction.
/// </summary>
internal sealed class JobseekerErasure(JobseekersDbContext db, TimeProvider time, ILogger<JobseekerErasure> logger)
{
    /// <returns>false when this person had been erased already.</returns>
    public async Task<bool> EraseAsync(Guid jobseekerId, string reason, CancellationToken cancellationToken)
    {
        DateTimeOffset now = time.GetUtcNow().ToStoredPrecision();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await db.Erasures.AnyAsync(e => e.JobseekerId == jobseekerId, cancellationToken))
        {
            return false;
        }

        // The consent history goes with the row (ON DELETE CASCADE).
        await db.Jobseekers.Where(j => j.Id == jobseekerId).ExecuteDeleteAsync(cancellationToken);
        db.Erasures.Add(new Erasure(jobseekerId, reason, now));
        db.AddIntegrationEvent(new JobseekerErased(jobseekerId, now), now);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Jobseeker {JobseekerId} erased ({Reason})", jobseekerId, reason);
        return true;
    }
}

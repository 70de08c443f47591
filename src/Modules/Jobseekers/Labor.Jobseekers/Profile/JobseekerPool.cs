using Labor.Accounts.Contracts;
using Labor.BuildingBlocks.Messaging;
using Labor.BuildingBlocks.Outcomes;
using Labor.BuildingBlocks.Persistence;
using Labor.Jobseekers.Contracts;
using Labor.Jobseekers.Data;
using Labor.Jobseekers.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Labor.Jobseekers.Profile;

/// <summary>
/// Every change a jobseeker makes to their own entry, for the API and the pages alike: the change, its event and the
/// activity mark, saved together.
/// </summary>
internal sealed class JobseekerPool(
    JobseekersDbContext db, ProfileComposer composer, IAccountContacts accounts, TimeProvider time, ILogger<JobseekerPool> logger)
{
    /// <summary>What asking for an account's jobseeker data meets once it has been erased.</summary>
    public static readonly Refusal Erased = Refusal.NotFound("This account's data has been erased.");

    /// <summary>
    /// The signed-in jobseeker's entry, registered on first use. Signing in needs a confirmed e-mail address, so
    /// whoever gets here has confirmed: that is the moment they join the pool (the double opt-in).
    /// </summary>
    /// <returns>null when this account's jobseeker data has been erased.</returns>
    public async Task<Jobseeker?> FindOrRegisterAsync(Guid accountId, CancellationToken cancellationToken)
    {
        DateTimeOffset now = time.GetUtcNow().ToStoredPrecision();
        Jobseeker? jobseeker = await db.Jobseekers.Include(j => j.ConsentChanges).FirstOrDefaultAsync(j => j.Id == accountId, cancellationToken);
        if (jobseeker is not null)
        {
            if (jobseeker.Touch(now))
            {
                await db.SaveChangesAsync(cancellationToken);
            }

            return jobseeker;
        }

        if (await db.Erasures.AnyAsync(e => e.JobseekerId == accountId, cancellationToken))
        {
            return null;
        }

        jobseeker = Jobseeker.Register(accountId, now);
        db.Jobseekers.Add(jobseeker);
        db.AddIntegrationEvent(new JobseekerRegistered(accountId, now), now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            db.ChangeTracker.Clear(); // a parallel first request registered them a moment earlier
            return await db.Jobseekers.Include(j => j.ConsentChanges).FirstAsync(j => j.Id == accountId, cancellationToken);
        }

        logger.LogInformation("Jobseeker {JobseekerId} joined the pool", accountId);
        return jobseeker;
    }

    /// <param name="request">Already validated at the edge.</param>
    public async Task<Result<Jobseeker>> SaveProfileAsync(Guid accountId, ProfileRequest request, CancellationToken cancellationToken)
    {
        ComposedProfile composed = await composer.ComposeAsync(request, cancellationToken);
        if (composed.Profile is null)
        {
            return Refusal.Invalid(composed.Errors!);
        }

        Jobseeker? jobseeker = await FindOrRegisterAsync(accountId, cancellationToken);
        if (jobseeker is null)
        {
            return Erased;
        }

        DateTimeOffset now = time.GetUtcNow().ToStoredPrecision();
        jobseeker.Edit(composed.Profile, now);
        db.AddIntegrationEvent(new JobseekerProfileChanged(jobseeker.Id, SharedProfile.Of(jobseeker.Profile), now), now);
        await db.SaveChangesAsync(cancellationToken);
        if (request.Language is { } language)
        {
            await accounts.SetLanguageAsync(accountId, language, cancellationToken);
        }

        return jobseeker;
    }

    public async Task<Result<Jobseeker>> SetConsentAsync(Guid accountId, bool consented, CancellationToken cancellationToken)
    {
        Jobseeker? jobseeker = await FindOrRegisterAsync(accountId, cancellationToken);
        if (jobseeker is null)
        {
            return Erased;
        }

        DateTimeOffset now = time.GetUtcNow().ToStoredPrecision();
        if (jobseeker.SetConsent(consented, now))
        {
            db.AddIntegrationEvent(new JobseekerConsentChanged(jobseeker.Id, consented, now), now);
            logger.LogInformation("Jobseeker {JobseekerId} {Consent} consent to be shown to employers", jobseeker.Id, consented ? "gave" : "withdrew");
        }

        await db.SaveChangesAsync(cancellationToken);
        return jobseeker;
    }
}

using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Hangfire;
using Labor.Accounts.Contracts;
using Labor.BuildingBlocks.Mail;
using Labor.BuildingBlocks.Persistence;
using Labor.Jobseekers.Contracts;
using Labor.Matching.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Labor.Matching.Digests;

/// <summary>
/// One chunk of a digest run: a Hangfire job that mails everyone in its id range who is due, over one SMTP
/// connection. Each mail is recorded (the digest and its fits, whose keys are unique) in a transaction that stays open
/// while the SMTP server accepts the mail, and commits right after: a chunk stopped midway and run again mails
/// only those who did not get theirs (ADR 10 on the one window where a hard crash can still duplicate).
/// </summary>
internal sealed class DigestMailing(
    MatchingDbContext db,
    IDigestSubscriptions subscriptions,
    IAccountContacts contacts,
    DigestFits fits,
    DigestComposer composer,
    DigestFinish finish,
    IOptions<SmtpOptions> smtp,
    IOptions<DigestOptions> options,
    TimeProvider time,
    ILogger<DigestMailing> logger)
{
    /// <summary>How long a mailed digest's record is tried again while PostgreSQL is away (see <see cref="RecordAgainAsync"/>).</summary>
    private static readonly TimeSpan RecordAgainFor = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan MaxPause = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Retried soon after a failure: it is nearly always PostgreSQL or the SMTP server gone for a moment, and the
    /// morning's digests should not wait Hangfire's default 15 to 45 s (then a minute, ...) for it; later attempts
    /// back off for a longer outage. A retry mails only those who have no digest in the run yet.
    /// </summary>
    [AutomaticRetry(Attempts = 10, DelaysInSeconds = [5, 15, 30, 60, 120, 300, 600, 1200, 1800, 3600])]
    public async Task SendChunkAsync(Guid runId, int number, CancellationToken cancellationToken)
    {
        DigestRun run = await db.DigestRuns.AsNoTracking().SingleAsync(r => r.Id == runId, cancellationToken);
        DigestChunk chunk = await db.DigestChunks.AsNoTracking().SingleAsync(c => c.RunId == runId && c.Number == number, cancellationToken);
        if (chunk.DoneAt is null)
        {
            int sent = await SendDueAsync(run, chunk, cancellationToken);
            logger.LogInformation("Digest run {RunId} chunk {Chunk}: {Sent} digests sent", runId, number, sent);
        }

        await finish.ChunkDoneAsync(run, number);
    }

    private async Task<int> SendDueAsync(DigestRun run, DigestChunk chunk, CancellationToken cancellationToken)
    {
        // Asked again of Jobseekers, which keeps the choice: an unsubscribe a moment ago counts.
        IReadOnlySet<Guid> wanting = await subscriptions.WantingAsync(await DueAsync(run, chunk, cancellationToken), run.Frequency, cancellationToken);
        Dictionary<Guid, IReadOnlyList<UnmailedFit>> unmailed = await fits.ForAsync([.. wanting], options.Value.MaxFits, cancellationToken);
        IReadOnlyDictionary<Guid, AccountContact> addresses = await contacts.FindManyAsync([.. unmailed.Keys], cancellationToken);
        Dictionary<Guid, string> rejected = await db.MailRejections.AsNoTracking()
            .Where(r => unmailed.Keys.Contains(r.JobseekerId)).ToDictionaryAsync(r => r.JobseekerId, r => r.AddressHash, cancellationToken);
        await using var session = new SmtpSession(smtp.Value, time, logger);
        int sent = 0;
        foreach ((Guid jobseekerId, IReadOnlyList<UnmailedFit> list) in unmailed.OrderBy(u => u.Key))
        {
            // Stopping happens between mails, never between the server's acceptance and the commit.
            cancellationToken.ThrowIfCancellationRequested();
            if (addresses.TryGetValue(jobseekerId, out AccountContact? contact) && rejected.GetValueOrDefault(jobseekerId) != AddressHash(contact.Email)
                && await SendOneAsync(run, contact, list, session))
            {
                sent++;
            }
        }

        return sent;
    }

    /// <summary>Those in the chunk's range who chose this frequency (in matching's copy) and have no digest in this run yet.</summary>
    private async Task<List<Guid>> DueAsync(DigestRun run, DigestChunk chunk, CancellationToken cancellationToken) =>
        await db.Database.SqlQuery<Guid>($"""
            SELECT p.jobseeker_id AS "Value" FROM matching.jobseekers p
            WHERE p.jobseeker_id >= {chunk.FromJobseekerId} AND ({chunk.ToJobseekerId}::uuid IS NULL OR p.jobseeker_id < {chunk.ToJobseekerId})
              AND p.profile ->> 'digestFrequency' = {run.Frequency}
              AND NOT EXISTS (SELECT 1 FROM matching.sent_digests d WHERE d.run_id = {run.Id} AND d.jobseeker_id = p.jobseeker_id)
            """).ToListAsync(cancellationToken);

    private async Task<bool> SendOneAsync(DigestRun run, AccountContact contact, IReadOnlyList<UnmailedFit> list, SmtpSession session)
    {
        DateTimeOffset now = time.GetUtcNow().ToStoredPrecision();
        var record = new DigestRecord(Guid.CreateVersion7(now), run.Id, contact.AccountId, now, list);
        OutgoingMail mail = await composer.ComposeAsync(record.Id, run.Frequency, contact, list);
        await using var transaction = await db.Database.BeginTransactionAsync(CancellationToken.None);
        try
        {
            await InsertAsync(record);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            // Another worker mailed this person or one of these fits first (a chunk taken twice): theirs stands.
            return false;
        }

        MailDelivery delivery = await session.SendAsync(mail, CancellationToken.None);
        if (!delivery.IsDelivered)
        {
            await transaction.RollbackAsync(CancellationToken.None);
            await RecordRejectionAsync(contact, delivery.Rejection!, now);
            return false;
        }

        try
        {
            await transaction.CommitAsync(CancellationToken.None);
        }
        catch (NpgsqlException e)
        {
            // The SMTP server has the mail; the connection, and with it the record, is gone (PostgreSQL restarting,
            // say). Left like that, the chunk's retry would mail this person again: write the record once more.
            logger.LogWarning(e, "Digest {DigestId} was mailed but its commit failed; recording it again", record.Id);
            await transaction.DisposeAsync();
            await RecordAgainAsync(record);
        }

        return true;
    }

    /// <summary>The digest and its fits, in one round trip: this runs once per mail.</summary>
    private async Task InsertAsync(DigestRecord record)
    {
        string fitsJson = JsonSerializer.Serialize(record.Fits.Select(f => new { vacancy_id = f.Vacancy.VacancyId, sector_tables = f.Vacancy.SectorTables }));
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO matching.sent_digests (id, run_id, jobseeker_id, sent_at, fits) VALUES ({record.Id}, {record.RunId}, {record.JobseekerId}, {record.SentAt}, {record.Fits.Count});
            INSERT INTO matching.mailed_fits (jobseeker_id, vacancy_id, digest_id, sector_tables)
            SELECT {record.JobseekerId}, f.vacancy_id, {record.Id}, f.sector_tables FROM jsonb_to_recordset({fitsJson}::jsonb) AS f(vacancy_id uuid, sector_tables text[]);
            """, CancellationToken.None);
    }

    /// <summary>
    /// Records a digest the SMTP server accepted, trying for <see cref="RecordAgainFor"/> while PostgreSQL is away; only
    /// an outage longer than that (the chunk then fails, and its retry mails this person again) or a hard crash
    /// before it ends still duplicates a digest (ADR 10).
    /// </summary>
    private async Task RecordAgainAsync(DigestRecord record)
    {
        DateTimeOffset giveUp = time.GetUtcNow() + RecordAgainFor;
        for (var pause = TimeSpan.FromMilliseconds(500); ; pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, MaxPause.Ticks)))
        {
            try
            {
                // Without a transaction of ours the two statements, sent as one batch, are still one implicit transaction.
                await InsertAsync(record);
                return;
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
            {
                return; // the commit had landed, only its answer was lost
            }
            catch (NpgsqlException) when (time.GetUtcNow() < giveUp)
            {
                await Task.Delay(pause, time);
            }
        }
    }

    private async Task RecordRejectionAsync(AccountContact contact, string reply, DateTimeOffset now)
    {
        db.ChangeTracker.Clear();
        MailRejection? rejection = await db.MailRejections.FirstOrDefaultAsync(r => r.JobseekerId == contact.AccountId);
        if (rejection is null)
        {
            db.MailRejections.Add(rejection = new MailRejection { JobseekerId = contact.AccountId, AddressHash = "", Reply = "" });
        }

        rejection.AddressHash = AddressHash(contact.Email);
        rejection.Reply = reply.Length > 500 ? reply[..500] : reply;
        rejection.RejectedAt = now;
        await db.SaveChangesAsync(CancellationToken.None);
        logger.LogWarning("Digest to jobseeker {JobseekerId} refused for good: no more digests to that address", contact.AccountId);
    }

    private sealed record DigestRecord(Guid Id, Guid RunId, Guid JobseekerId, DateTimeOffset SentAt, IReadOnlyList<UnmailedFit> Fits);

    private static string AddressHash(string email) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(email.Trim().ToLowerInvariant())));
}

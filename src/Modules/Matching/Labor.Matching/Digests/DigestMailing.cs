using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
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
        Guid digestId = Guid.CreateVersion7(now);
        OutgoingMail mail = await composer.ComposeAsync(digestId, run.Frequency, contact, list);
        await using var transaction = await db.Database.BeginTransactionAsync(CancellationToken.None);
        try
        {
            // One round trip for the digest and its fits: this runs once per mail.
            string fitsJson = JsonSerializer.Serialize(list.Select(f => new { vacancy_id = f.Vacancy.VacancyId, sector_tables = f.Vacancy.SectorTables }));
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO matching.sent_digests (id, run_id, jobseeker_id, sent_at, fits) VALUES ({digestId}, {run.Id}, {contact.AccountId}, {now}, {list.Count});
                INSERT INTO matching.mailed_fits (jobseeker_id, vacancy_id, digest_id, sector_tables)
                SELECT {contact.AccountId}, f.vacancy_id, {digestId}, f.sector_tables FROM jsonb_to_recordset({fitsJson}::jsonb) AS f(vacancy_id uuid, sector_tables text[]);
                """, CancellationToken.None);
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

        await transaction.CommitAsync(CancellationToken.None);
        return true;
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

    private static string AddressHash(string email) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(email.Trim().ToLowerInvariant())));
}

using Labor.BuildingBlocks.Privacy;
using Labor.Matching.Data;
using Microsoft.EntityFrameworkCore;

namespace Labor.Matching.Privacy;

/// <summary>
/// The matching module's part of "download my data": the person's current matches, the digests mailed to them
/// (with the vacancies in each) and a refusal of their address, if the mail server gave one.
/// </summary>
internal sealed class MatchingPersonalData(MatchingDbContext db) : IPersonalDataSource
{
    public string ModuleName => MatchingDbContext.Schema;

    public async Task<object?> ExportAsync(Guid personId, CancellationToken cancellationToken)
    {
        var matches = await db.JobseekerMatches.AsNoTracking().Where(m => m.JobseekerId == personId).OrderBy(m => m.Rank)
            .Select(m => new { m.Rank, m.VacancyId, m.Score, m.FoundAt }).ToListAsync(cancellationToken);
        var digests = await db.SentDigests.AsNoTracking().Where(d => d.JobseekerId == personId).OrderBy(d => d.SentAt)
            .Select(d => new { d.SentAt, Vacancies = db.MailedFits.Where(f => f.DigestId == d.Id).Select(f => f.VacancyId).ToList() })
            .ToListAsync(cancellationToken);
        var rejection = await db.MailRejections.AsNoTracking().Where(r => r.JobseekerId == personId)
            .Select(r => new { r.RejectedAt, r.Reply }).FirstOrDefaultAsync(cancellationToken);
        return matches.Count == 0 && digests.Count == 0 && rejection is null ? null : new { matches, digests, mailRejection = rejection };
    }
}

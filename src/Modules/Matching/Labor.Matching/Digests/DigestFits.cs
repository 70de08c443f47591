using System.Text.Json;
using Labor.Matching.Data;
using Labor.Matching.Results;
using Labor.Vacancies.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Labor.Matching.Digests;

/// <summary>
/// What a digest may carry: the fits in the person's current list (open vacancies only) that were never mailed to
/// them, best first. A fit that did not make the cut (more than the maximum) comes in the next digest if it still fits.
/// </summary>
internal sealed class DigestFits(MatchingDbContext db, IOrganisationNames organisations)
{
    public async Task<Dictionary<Guid, IReadOnlyList<UnmailedFit>>> ForAsync(IReadOnlyCollection<Guid> jobseekerIds, int max, CancellationToken cancellationToken)
    {
        List<JobseekerMatch> matches = await db.JobseekerMatches.AsNoTracking()
            .Where(m => jobseekerIds.Contains(m.JobseekerId)
                && db.Vacancies.Any(v => v.VacancyId == m.VacancyId)
                && !db.MailedFits.Any(f => f.JobseekerId == m.JobseekerId && f.VacancyId == m.VacancyId))
            .OrderBy(m => m.JobseekerId).ThenBy(m => m.Rank)
            .ToListAsync(cancellationToken);
        Guid[] vacancyIds = [.. matches.Select(m => m.VacancyId).Distinct()];
        // Many people share a vacancy: each one's details are read once per chunk.
        Dictionary<Guid, VacancyDetails> vacancies = (await db.Vacancies.AsNoTracking()
                .Where(v => vacancyIds.Contains(v.VacancyId)).Select(v => v.Details).ToListAsync(cancellationToken))
            .Select(json => JsonSerializer.Deserialize<VacancyDetails>(json, JsonSerializerOptions.Web)!)
            .ToDictionary(v => v.VacancyId);
        IReadOnlyDictionary<Guid, string> employers = await organisations.FindAsync([.. vacancies.Values.Select(v => v.OrganisationId).Distinct()], cancellationToken);
        return matches.GroupBy(m => m.JobseekerId).ToDictionary(
            g => g.Key,
            g => (IReadOnlyList<UnmailedFit>)[.. g.Take(max).Select(m => new UnmailedFit(m, vacancies[m.VacancyId], employers.GetValueOrDefault(vacancies[m.VacancyId].OrganisationId)))]);
    }
}

/// <param name="Employer">The organisation's name; null until it fills in its profile.</param>
internal sealed record UnmailedFit(JobseekerMatch Match, VacancyDetails Vacancy, string? Employer);

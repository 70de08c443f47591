using System.Security.Claims;
using System.Text.Json;
using Labor.Accounts.Contracts;
using Labor.BuildingBlocks.Security;
using Labor.BuildingBlocks.Messaging;
using Labor.Jobseekers.Contracts;
using Labor.Matching.Contracts;
using Labor.Matching.Data;
using Labor.Reference.Contracts;
using Labor.Vacancies.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Labor.Matching.Results;

/// <summary>The lists as people read them, with explanations, for the API and the pages alike.</summary>
internal sealed class MatchReader(
    MatchingDbContext db, IVocabulary vocabulary, ICandidateCards cards, IAccountContacts contacts, IAuthorizationService authorization, TimeProvider time)
{
    public async Task<IReadOnlyList<MatchView>> ForJobseekerAsync(Guid jobseekerId, Language language, CancellationToken cancellationToken)
    {
        var rows = await (from m in db.JobseekerMatches.AsNoTracking()
                          where m.JobseekerId == jobseekerId
                          join v in db.Vacancies.AsNoTracking() on m.VacancyId equals v.VacancyId
                          orderby m.Rank
                          select new { Match = m, v.Details }).ToListAsync(cancellationToken);
        return [.. rows.Select(row =>
        {
            VacancyDetails vacancy = Details(row.Details);
            return new MatchView(
                row.Match.Rank, vacancy.VacancyId, vacancy.Title, vacancy.Municipality, vacancy.WorkplaceMode, vacancy.HoursMin, vacancy.HoursMax,
                vacancy.SectorTables, row.Match.Score, ScoreParts.Of(row.Match), Explanation.Of(row.Match, vacancy, vocabulary, language), row.Match.FoundAt);
        })];
    }

    /// <summary>The vacancy's consenting candidates, if the vacancy is open and <paramref name="employer"/>'s organisation's.</summary>
    public async Task<CandidateList> ForVacancyAsync(Guid vacancyId, ClaimsPrincipal employer, Language language, CancellationToken cancellationToken)
    {
        (VacancyDetails? vacancy, CandidateAccess access) = await OwnVacancyAsync(vacancyId, employer, cancellationToken);
        if (vacancy is null)
        {
            return new CandidateList(access, null, []);
        }

        List<VacancyCandidate> rows = await db.VacancyCandidates.AsNoTracking().Where(c => c.VacancyId == vacancyId).OrderBy(c => c.Rank).ToListAsync(cancellationToken);
        Guid[] ids = [.. rows.Select(r => r.JobseekerId)];
        IReadOnlyDictionary<Guid, CandidateCard> shown = await cards.FindConsentingAsync(ids, cancellationToken);
        IReadOnlyDictionary<Guid, AccountContact> addresses = await contacts.FindManyAsync([.. shown.Keys], cancellationToken);
        Dictionary<Guid, string> verdicts = await db.Feedback.AsNoTracking().Where(f => f.VacancyId == vacancyId)
            .ToDictionaryAsync(f => f.JobseekerId, f => f.Verdict, cancellationToken);
        HashSet<Guid> organisation = [vacancy.OrganisationId];
        List<CandidateView> candidates = [];
        foreach (VacancyCandidate row in rows)
        {
            // Consent is checked again now, by the module that keeps it; the rule is the one every page uses.
            bool consented = shown.TryGetValue(row.JobseekerId, out CandidateCard? card);
            if (!(await authorization.AuthorizeAsync(employer, new CandidateVisibility(consented, organisation), CandidateAccessRule.VisibleCandidate)).Succeeded)
            {
                continue;
            }

            candidates.Add(new CandidateView(
                candidates.Count + 1, row.JobseekerId, card!.Name, addresses.GetValueOrDefault(row.JobseekerId)?.Email, card.Municipality, card.EducationLevel,
                [.. card.Experience.Select(e => new CandidateExperience(e.OccupationUri, vocabulary.FindOccupation(e.OccupationUri)?.Label.In(language) ?? e.OccupationUri, e.Years))],
                card.Diplomas, row.Score, ScoreParts.Of(row), Explanation.Of(row, vacancy, vocabulary, language), verdicts.GetValueOrDefault(row.JobseekerId)));
        }

        return new CandidateList(CandidateAccess.Allowed, vacancy, candidates);
    }

    /// <summary>Keeps the employer's verdict on a candidate of their vacancy (invited or not suitable), for the quality figures.</summary>
    public async Task<CandidateAccess> SetVerdictAsync(Guid vacancyId, Guid jobseekerId, string verdict, ClaimsPrincipal employer, CancellationToken cancellationToken)
    {
        (VacancyDetails? vacancy, CandidateAccess access) = await OwnVacancyAsync(vacancyId, employer, cancellationToken);
        if (vacancy is null)
        {
            return access;
        }

        if (!await db.VacancyCandidates.AnyAsync(c => c.VacancyId == vacancyId && c.JobseekerId == jobseekerId, cancellationToken))
        {
            return CandidateAccess.NotFound;
        }

        MatchFeedback? feedback = await db.Feedback.FirstOrDefaultAsync(f => f.VacancyId == vacancyId && f.JobseekerId == jobseekerId, cancellationToken);
        if (feedback?.Verdict == MatchFeedback.Hired)
        {
            return CandidateAccess.Allowed; // a hire stands; it is corrected where it was recorded, not by a verdict
        }

        if (verdict == MatchFeedback.Invited && feedback?.Verdict != MatchFeedback.Invited)
        {
            // An invitation is a step in the person's trajectory (Outcomes): told once, not at every click.
            db.AddIntegrationEvent(new CandidateInvited(vacancyId, jobseekerId, vacancy.OrganisationId, time.GetUtcNow()), time.GetUtcNow());
        }

        if (feedback is null)
        {
            db.Feedback.Add(feedback = new MatchFeedback { VacancyId = vacancyId, JobseekerId = jobseekerId, OrganisationId = vacancy.OrganisationId, Verdict = verdict });
        }

        feedback.Verdict = verdict;
        feedback.At = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return CandidateAccess.Allowed;
    }

    private async Task<(VacancyDetails?, CandidateAccess)> OwnVacancyAsync(Guid vacancyId, ClaimsPrincipal employer, CancellationToken cancellationToken)
    {
        string? details = await db.Vacancies.Where(v => v.VacancyId == vacancyId).Select(v => v.Details).FirstOrDefaultAsync(cancellationToken);
        if (details is null)
        {
            return (null, CandidateAccess.NotFound);
        }

        VacancyDetails vacancy = Details(details);
        return (await authorization.AuthorizeAsync(employer, vacancy.OrganisationId, Policies.OwnOrganisation)).Succeeded
            ? (vacancy, CandidateAccess.Allowed)
            : (null, CandidateAccess.Forbidden);
    }

    private static VacancyDetails Details(string json) => JsonSerializer.Deserialize<VacancyDetails>(json, JsonSerializerOptions.Web)!;
}

internal enum CandidateAccess
{
    Allowed,
    NotFound,
    Forbidden,
}

/// <param name="Vacancy">Null unless access is allowed.</param>
internal sealed record CandidateList(CandidateAccess Access, VacancyDetails? Vacancy, IReadOnlyList<CandidateView> Candidates);

using System.Security.Claims;
using Labor.BuildingBlocks.Modules;
using Labor.BuildingBlocks.Outcomes;
using Labor.BuildingBlocks.Security;
using Labor.Jobseekers.Contracts;
using Labor.Matching.Contracts;
using Labor.Vacancies.Data;
using Labor.Vacancies.Domain;
using Labor.Vacancies.Content;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Labor.Vacancies.Lifecycle;

/// <summary>
/// Every change an employer makes to a vacancy, for the API and the pages alike: ownership, content, the duplicate
/// check, the transition and its event, saved together.
/// </summary>
internal sealed class VacancyLifecycle(
    VacanciesDbContext db, VacancyComposer composer, IMatchProposals proposals, ICandidateCards cards, IAuthorizationService authorization, TimeProvider time)
{
    /// <summary>The extension of a near-duplicate's refusal that holds the open vacancy's id.</summary>
    public const string DuplicateOf = "duplicateOf";

    /// <param name="request">Already validated at the edge.</param>
    public async Task<Result<Vacancy>> CreateAsync(VacancyRequest request, ClaimsPrincipal employer, CancellationToken cancellationToken)
    {
        ComposedVacancy composed = await composer.ComposeAsync(request, cancellationToken);
        if (composed.Content is null)
        {
            return Refusal.Invalid(composed.Errors!);
        }

        var vacancy = Vacancy.Draft(employer.OrganisationId()!.Value, composed.Content, time.GetUtcNow());
        db.Vacancies.Add(vacancy);
        return request.Draft == true ? await SaveAsync(vacancy, cancellationToken) : await PublishAsync(vacancy, request.ConfirmDuplicate == true, cancellationToken);
    }

    public async Task<Result<Vacancy>> EditAsync(Guid id, VacancyRequest request, ClaimsPrincipal employer, CancellationToken cancellationToken)
    {
        Result<Vacancy> own = await FindOwnAsync(id, employer, cancellationToken);
        if (own.Value is not { } vacancy)
        {
            return own;
        }

        ComposedVacancy composed = await composer.ComposeAsync(request, cancellationToken);
        if (composed.Content is null)
        {
            return Refusal.Invalid(composed.Errors!);
        }

        vacancy.Edit(composed.Content, time.GetUtcNow());
        if (vacancy.IsOpen)
        {
            VacancyOutbox.Changed(db, vacancy);
        }

        return await SaveAsync(vacancy, cancellationToken);
    }

    public async Task<Result<Vacancy>> PublishAsync(Guid id, bool confirmDuplicate, ClaimsPrincipal employer, CancellationToken cancellationToken)
    {
        Result<Vacancy> own = await FindOwnAsync(id, employer, cancellationToken);
        if (own.Value is not { IsOpen: false } vacancy)
        {
            return own;
        }

        if (vacancy.Content.ValidThrough <= DutchTime.Today(time))
        {
            return Refusal.Invalid("validThrough", "The valid-through date has passed; edit it first.");
        }

        return await PublishAsync(vacancy, confirmDuplicate, cancellationToken);
    }

    /// <summary>Those named as hired must be among the vacancy's candidates now, or nothing closes.</summary>
    public async Task<Result<Vacancy>> CloseAsync(Guid id, VacancyClosing closing, ClaimsPrincipal employer, CancellationToken cancellationToken)
    {
        Result<Vacancy> own = await FindOwnAsync(id, employer, cancellationToken);
        if (own.Value is not { } vacancy)
        {
            return own;
        }

        if (closing.Hires.Count > 0 && vacancy.IsOpen)
        {
            // The same rule as a hire from the candidates page: in the list, and consenting to be shown right now.
            Guid[] named = [.. closing.Hires.Select(h => h.JobseekerId)];
            IReadOnlySet<Guid> candidates = await proposals.CandidatesAmongAsync(id, named, cancellationToken);
            IReadOnlyDictionary<Guid, CandidateCard> consenting = await cards.FindConsentingAsync(named, cancellationToken);
            if (closing.Hires.FirstOrDefault(h => !candidates.Contains(h.JobseekerId) || !consenting.ContainsKey(h.JobseekerId)) is { } stranger)
            {
                return Refusal.NotFound("This person is not a candidate for this vacancy.", $"Not a candidate: {stranger.JobseekerId}.");
            }
        }

        if (vacancy.Close(closing.Reason, time.GetUtcNow(), closing.FilledFromOutside))
        {
            VacancyOutbox.Closed(db, vacancy, closing.Hires);
        }

        return await SaveAsync(vacancy, cancellationToken);
    }

    /// <summary>Only employers of the owning organisation get a vacancy to change.</summary>
    public async Task<Result<Vacancy>> FindOwnAsync(Guid id, ClaimsPrincipal employer, CancellationToken cancellationToken)
    {
        Vacancy? vacancy = await db.Vacancies.FirstOrDefaultAsync(v => v.Id == id, cancellationToken);
        if (vacancy is null)
        {
            return Refusal.NotFound("No vacancy has this id.");
        }

        return (await authorization.AuthorizeAsync(employer, vacancy.OrganisationId, Policies.OwnOrganisation)).Succeeded
            ? vacancy
            : Refusal.Forbidden("This vacancy belongs to another organisation.");
    }

    private async Task<Result<Vacancy>> PublishAsync(Vacancy vacancy, bool confirmDuplicate, CancellationToken cancellationToken)
    {
        if (!confirmDuplicate && await DuplicateCheck.FindAsync(db, vacancy, cancellationToken) is { } duplicate)
        {
            return Refusal.Conflict("You already have a very similar open vacancy.", "Publish anyway with \"confirmDuplicate\": true, or edit the open one.",
                new Dictionary<string, object?> { [DuplicateOf] = duplicate });
        }

        vacancy.Publish(time.GetUtcNow());
        VacancyOutbox.Published(db, vacancy);
        return await SaveAsync(vacancy, cancellationToken);
    }

    private async Task<Result<Vacancy>> SaveAsync(Vacancy vacancy, CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        return vacancy;
    }
}

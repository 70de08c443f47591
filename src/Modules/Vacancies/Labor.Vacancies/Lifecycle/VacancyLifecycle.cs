using System.Security.Claims;
using Labor.BuildingBlocks.Modules;
using Labor.BuildingBlocks.Security;
using Labor.Vacancies.Data;
using Labor.Vacancies.Domain;
using Labor.Vacancies.Edit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Labor.Vacancies.Lifecycle;

/// <summary>
/// Every change an employer makes to a vacancy, for the API and the pages alike: ownership, content, the duplicate
/// check, the transition and its event, saved together.
/// </summary>
internal sealed class VacancyLifecycle(
    VacanciesDbContext db, VacancyComposer composer, IAuthorizationService authorization, TimeProvider time)
{
    /// <param name="request">Already validated at the edge.</param>
    public async Task<Outcome> CreateAsync(VacancyRequest request, ClaimsPrincipal employer, CancellationToken cancellationToken)
    {
        ComposedVacancy composed = await composer.ComposeAsync(request, cancellationToken);
        if (composed.Content is null)
        {
            return Outcome.Invalid(composed.Errors!);
        }

        var vacancy = Vacancy.Draft(employer.OrganisationId()!.Value, composed.Content, time.GetUtcNow());
        db.Vacancies.Add(vacancy);
        return request.Draft == true ? await SaveAsync(vacancy, cancellationToken) : await PublishAsync(vacancy, request.ConfirmDuplicate == true, cancellationToken);
    }

    public async Task<Outcome> EditAsync(Guid id, VacancyRequest request, ClaimsPrincipal employer, CancellationToken cancellationToken)
    {
        (Vacancy? vacancy, Outcome? refused) = await FindOwnAsync(id, employer, cancellationToken);
        if (vacancy is null)
        {
            return refused!;
        }

        ComposedVacancy composed = await composer.ComposeAsync(request, cancellationToken);
        if (composed.Content is null)
        {
            return Outcome.Invalid(composed.Errors!);
        }

        vacancy.Edit(composed.Content, time.GetUtcNow());
        if (vacancy.IsOpen)
        {
            VacancyEvents.Changed(db, vacancy);
        }

        return await SaveAsync(vacancy, cancellationToken);
    }

    public async Task<Outcome> PublishAsync(Guid id, bool confirmDuplicate, ClaimsPrincipal employer, CancellationToken cancellationToken)
    {
        (Vacancy? vacancy, Outcome? refused) = await FindOwnAsync(id, employer, cancellationToken);
        if (vacancy is null || vacancy.IsOpen)
        {
            return refused ?? Outcome.Done(vacancy!);
        }

        if (vacancy.Content.ValidThrough <= DutchTime.Today(time))
        {
            return Outcome.Invalid(new Dictionary<string, string[]> { ["validThrough"] = ["The valid-through date has passed; edit it first."] });
        }

        return await PublishAsync(vacancy, confirmDuplicate, cancellationToken);
    }

    public async Task<Outcome> CloseAsync(Guid id, ClosedReason reason, ClaimsPrincipal employer, CancellationToken cancellationToken)
    {
        (Vacancy? vacancy, Outcome? refused) = await FindOwnAsync(id, employer, cancellationToken);
        if (vacancy is null)
        {
            return refused!;
        }

        if (vacancy.Close(reason, time.GetUtcNow()))
        {
            VacancyEvents.Closed(db, vacancy);
        }

        return await SaveAsync(vacancy, cancellationToken);
    }

    /// <summary>Only employers of the owning organisation get a vacancy to change.</summary>
    public async Task<(Vacancy? Vacancy, Outcome? Refused)> FindOwnAsync(Guid id, ClaimsPrincipal employer, CancellationToken cancellationToken)
    {
        Vacancy? vacancy = await db.Vacancies.FirstOrDefaultAsync(v => v.Id == id, cancellationToken);
        if (vacancy is null)
        {
            return (null, Outcome.Refuse(Refusal.NotFound));
        }

        return (await authorization.AuthorizeAsync(employer, vacancy.OrganisationId, Policies.OwnOrganisation)).Succeeded
            ? (vacancy, null)
            : (null, Outcome.Refuse(Refusal.Forbidden));
    }

    private async Task<Outcome> PublishAsync(Vacancy vacancy, bool confirmDuplicate, CancellationToken cancellationToken)
    {
        if (!confirmDuplicate && await DuplicateCheck.FindAsync(db, vacancy, cancellationToken) is { } duplicate)
        {
            return Outcome.Duplicate(duplicate);
        }

        vacancy.Publish(time.GetUtcNow());
        VacancyEvents.Published(db, vacancy);
        return await SaveAsync(vacancy, cancellationToken);
    }

    private async Task<Outcome> SaveAsync(Vacancy vacancy, CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        return Outcome.Done(vacancy);
    }
}

internal enum Refusal
{
    NotFound,
    Forbidden,
    Invalid,
    Duplicate,
}

/// <summary>What became of a change: done (with the vacancy), or refused and why.</summary>
internal sealed record Outcome(Vacancy? Vacancy, Refusal? Refusal, IDictionary<string, string[]>? Errors = null, Guid? DuplicateOf = null)
{
    public static Outcome Done(Vacancy vacancy) => new(vacancy, null);

    public static Outcome Refuse(Refusal refusal) => new(null, refusal);

    public static Outcome Invalid(IDictionary<string, string[]> errors) => new(null, Lifecycle.Refusal.Invalid, errors);

    public static Outcome Duplicate(Guid of) => new(null, Lifecycle.Refusal.Duplicate, DuplicateOf: of);
}

using System.Security.Claims;
using Labor.BuildingBlocks.Security;
using Labor.BuildingBlocks.Web;
using Labor.Reference.Contracts;
using Labor.Vacancies.Browse;
using Labor.Vacancies.Data;
using Labor.Vacancies.Domain;
using Labor.Vacancies.Edit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Labor.Vacancies.Lifecycle;

/// <summary>An employer creates, edits, publishes and closes their organisation's vacancies.</summary>
internal static class VacancyEndpoints
{
    public static void Map(IEndpointRouteBuilder vacancies)
    {
        vacancies.MapPost("/", CreateAsync).RequireAuthorization(Policies.Employer).Validate<VacancyRequest>()
            .WithName("CreateVacancy")
            .WithSummary("Creates a vacancy and publishes it (VacancyPublished), or keeps it as a draft with \"draft\": true.");
        vacancies.MapPut("/{id:guid}", EditAsync).RequireAuthorization(Policies.Employer).Validate<VacancyRequest>()
            .WithName("EditVacancy")
            .WithSummary("Replaces a vacancy's content; an open vacancy announces the change (VacancyChanged).");
        vacancies.MapPost("/{id:guid}/publish", PublishAsync).RequireAuthorization(Policies.Employer)
            .WithName("PublishVacancy")
            .WithSummary("Publishes a draft, or republishes a closed or expired vacancy (VacancyPublished).");
        vacancies.MapPost("/{id:guid}/close", CloseAsync).RequireAuthorization(Policies.Employer)
            .WithName("CloseVacancy")
            .WithSummary("Closes a vacancy as filled or withdrawn (VacancyClosed); matching stops proposing it.");
    }

    private static async Task<Results<Created<VacancyResponse>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        VacancyRequest request, ClaimsPrincipal employer, VacancyComposer composer, IVocabulary vocabulary, VacanciesDbContext db, TimeProvider time,
        CancellationToken cancellationToken)
    {
        ComposedVacancy composed = await composer.ComposeAsync(request, cancellationToken);
        if (composed.Content is null)
        {
            return TypedResults.ValidationProblem(composed.Errors!, title: "One or more fields are invalid.");
        }

        var vacancy = Vacancy.Draft(employer.OrganisationId()!.Value, composed.Content, time.GetUtcNow());
        db.Vacancies.Add(vacancy);
        if (request.Draft != true)
        {
            if (await DuplicateAsync(db, vacancy, request, cancellationToken) is { } duplicate)
            {
                return duplicate;
            }

            vacancy.Publish(time.GetUtcNow());
            VacancyEvents.Published(db, vacancy);
        }

        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/vacancies/{vacancy.Id}", await ResponseAsync(db, vacancy, vocabulary, cancellationToken));
    }

    private static async Task<Results<Ok<VacancyResponse>, ValidationProblem, ProblemHttpResult>> EditAsync(
        Guid id, VacancyRequest request, ClaimsPrincipal employer, IAuthorizationService authorization, VacancyComposer composer, IVocabulary vocabulary,
        VacanciesDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        (Vacancy? vacancy, ProblemHttpResult? problem) = await OwnVacancy.FindAsync(id, employer, authorization, db, cancellationToken);
        if (vacancy is null)
        {
            return problem!;
        }

        ComposedVacancy composed = await composer.ComposeAsync(request, cancellationToken);
        if (composed.Content is null)
        {
            return TypedResults.ValidationProblem(composed.Errors!, title: "One or more fields are invalid.");
        }

        vacancy.Edit(composed.Content, time.GetUtcNow());
        if (vacancy.IsOpen)
        {
            VacancyEvents.Changed(db, vacancy);
        }

        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(await ResponseAsync(db, vacancy, vocabulary, cancellationToken));
    }

    private static async Task<Results<Ok<VacancyResponse>, ProblemHttpResult>> PublishAsync(
        Guid id, PublishRequest? request, ClaimsPrincipal employer, IAuthorizationService authorization, IVocabulary vocabulary, VacanciesDbContext db,
        TimeProvider time, CancellationToken cancellationToken)
    {
        (Vacancy? vacancy, ProblemHttpResult? problem) = await OwnVacancy.FindAsync(id, employer, authorization, db, cancellationToken);
        if (vacancy is null)
        {
            return problem!;
        }

        if (!vacancy.IsOpen)
        {
            if (vacancy.Content.ValidThrough <= Labor.BuildingBlocks.Modules.DutchTime.Today(time))
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The vacancy's valid-through date has passed.",
                    detail: "Edit the vacancy with a date in the future, then publish it.", extensions: new Dictionary<string, object?> { ["field"] = "validThrough" });
            }

            if (await DuplicateAsync(db, vacancy, request, cancellationToken) is { } duplicate)
            {
                return duplicate;
            }

            vacancy.Publish(time.GetUtcNow());
            VacancyEvents.Published(db, vacancy);
            await db.SaveChangesAsync(cancellationToken);
        }

        return TypedResults.Ok(await ResponseAsync(db, vacancy, vocabulary, cancellationToken));
    }

    private static async Task<Results<Ok<VacancyResponse>, ProblemHttpResult>> CloseAsync(
        Guid id, CloseRequest? request, ClaimsPrincipal employer, IAuthorizationService authorization, IVocabulary vocabulary, VacanciesDbContext db,
        TimeProvider time, CancellationToken cancellationToken)
    {
        ClosedReason reason = request?.Reason?.ToLowerInvariant() switch
        {
            null or "withdrawn" => ClosedReason.Withdrawn,
            "filled" => ClosedReason.Filled,
            _ => (ClosedReason)(-1),
        };
        if (!Enum.IsDefined(reason))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "One or more fields are invalid.",
                detail: "'reason' must be filled or withdrawn.", extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { ["reason"] = ["Use filled or withdrawn."] } });
        }

        (Vacancy? vacancy, ProblemHttpResult? problem) = await OwnVacancy.FindAsync(id, employer, authorization, db, cancellationToken);
        if (vacancy is null)
        {
            return problem!;
        }

        if (vacancy.Close(reason, time.GetUtcNow()))
        {
            VacancyEvents.Closed(db, vacancy);
            await db.SaveChangesAsync(cancellationToken);
        }

        return TypedResults.Ok(await ResponseAsync(db, vacancy, vocabulary, cancellationToken));
    }

    /// <summary>Asks for confirmation (409) instead of silently posting a near-duplicate of an open vacancy.</summary>
    private static async Task<ProblemHttpResult?> DuplicateAsync(VacanciesDbContext db, Vacancy vacancy, IConfirmable? request, CancellationToken cancellationToken) =>
        request?.ConfirmDuplicate == true || await DuplicateCheck.FindAsync(db, vacancy, cancellationToken) is not { } duplicate
            ? null
            : TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "You already have a very similar open vacancy.",
                detail: "Publish anyway with \"confirmDuplicate\": true, or edit the open one.",
                extensions: new Dictionary<string, object?> { ["duplicateOf"] = duplicate });

    public static async Task<VacancyResponse> ResponseAsync(VacanciesDbContext db, Vacancy vacancy, IVocabulary vocabulary, CancellationToken cancellationToken)
    {
        string? organisation = await db.Organisations.Where(o => o.Id == vacancy.OrganisationId).Select(o => o.Name).FirstOrDefaultAsync(cancellationToken);
        return VacancyResponse.From(vacancy, organisation, vocabulary);
    }
}

internal interface IConfirmable
{
    bool? ConfirmDuplicate { get; }
}

internal sealed record PublishRequest(bool? ConfirmDuplicate) : IConfirmable;

/// <param name="Reason">filled or withdrawn (the default).</param>
internal sealed record CloseRequest(string? Reason);

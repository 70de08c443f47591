using System.Security.Claims;
using FluentValidation;
using Labor.BuildingBlocks.Outcomes;
using Labor.BuildingBlocks.Security;
using Labor.BuildingBlocks.Web;
using Labor.Reference.Contracts;
using Labor.Vacancies.Browse;
using Labor.Vacancies.Data;
using Labor.Vacancies.Domain;
using Labor.Vacancies.Content;
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
        vacancies.MapPost("/", async (VacancyRequest request, ClaimsPrincipal employer, VacancyLifecycle lifecycle, IVocabulary vocabulary, VacanciesDbContext db, CancellationToken cancellationToken) =>
                await AnswerAsync(await lifecycle.CreateAsync(request, employer, cancellationToken), db, vocabulary, created: true, cancellationToken))
            .RequireAuthorization(Policies.Employer).Validate<VacancyRequest>().WithName("CreateVacancy")
            .WithSummary("Creates a vacancy and publishes it (VacancyPublished), or keeps it as a draft with \"draft\": true.");
        vacancies.MapPut("/{id:guid}", async (Guid id, VacancyRequest request, ClaimsPrincipal employer, VacancyLifecycle lifecycle, IVocabulary vocabulary, VacanciesDbContext db, CancellationToken cancellationToken) =>
                await AnswerAsync(await lifecycle.EditAsync(id, request, employer, cancellationToken), db, vocabulary, created: false, cancellationToken))
            .RequireAuthorization(Policies.Employer).Validate<VacancyRequest>().WithName("EditVacancy")
            .WithSummary("Replaces a vacancy's content; an open vacancy announces the change (VacancyChanged).");
        vacancies.MapPost("/{id:guid}/publish", async (Guid id, PublishRequest? request, ClaimsPrincipal employer, VacancyLifecycle lifecycle, IVocabulary vocabulary, VacanciesDbContext db, CancellationToken cancellationToken) =>
                await AnswerAsync(await lifecycle.PublishAsync(id, request?.ConfirmDuplicate == true, employer, cancellationToken), db, vocabulary, created: false, cancellationToken))
            .RequireAuthorization(Policies.Employer).WithName("PublishVacancy")
            .WithSummary("Publishes a draft, or republishes a closed or expired vacancy (VacancyPublished).");
        vacancies.MapPost("/{id:guid}/close", CloseAsync)
            .RequireAuthorization(Policies.Employer).WithName("CloseVacancy").ProducesValidationProblem()
            .WithSummary("Closes a vacancy as withdrawn (the default) or filled, naming the candidates hired or that someone from outside the platform filled it (VacancyClosed); matching stops proposing it.");
    }

    /// <summary>No body closes as withdrawn, as before the reasons were asked.</summary>
    private static async Task<IResult> CloseAsync(
        Guid id, CloseRequest? request, ClaimsPrincipal employer, VacancyLifecycle lifecycle, IValidator<CloseRequest> rules, IVocabulary vocabulary,
        VacanciesDbContext db, CancellationToken cancellationToken)
    {
        request ??= new CloseRequest(null);
        var validation = await rules.ValidateAsync(request, cancellationToken);
        return validation.IsValid
            ? await AnswerAsync(await lifecycle.CloseAsync(id, request.ToClosing(), employer, cancellationToken), db, vocabulary, created: false, cancellationToken)
            : Refusal.Invalid(ValidationNames.Errors(validation)).ToProblem();
    }

    public static async Task<VacancyResponse> ResponseAsync(VacanciesDbContext db, Vacancy vacancy, IVocabulary vocabulary, CancellationToken cancellationToken)
    {
        string? organisation = await db.Organisations.Where(o => o.Id == vacancy.OrganisationId).Select(o => o.Name).FirstOrDefaultAsync(cancellationToken);
        return VacancyResponse.From(vacancy, organisation, vocabulary);
    }

    private static Task<IResult> AnswerAsync(Result<Vacancy> outcome, VacanciesDbContext db, IVocabulary vocabulary, bool created, CancellationToken cancellationToken) =>
        outcome.ToHttpAsync<Vacancy>(async vacancy => created
            ? TypedResults.Created($"/api/vacancies/{vacancy.Id}", await ResponseAsync(db, vacancy, vocabulary, cancellationToken))
            : TypedResults.Ok(await ResponseAsync(db, vacancy, vocabulary, cancellationToken)));
}

internal sealed record PublishRequest(bool? ConfirmDuplicate);

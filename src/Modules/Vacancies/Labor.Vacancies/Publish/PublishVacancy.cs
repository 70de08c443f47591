using FluentValidation;
using System.Security.Claims;
using Labor.BuildingBlocks.Messaging;
using Labor.BuildingBlocks.Security;
using Labor.BuildingBlocks.Web;
using Labor.Reference.Contracts;
using Labor.Vacancies.Browse;
using Labor.Vacancies.Contracts;
using Labor.Vacancies.Data;
using Labor.Vacancies.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Labor.Vacancies.Publish;

internal sealed record PublishVacancyRequest(string? Title, string? Sector, string? Municipality);

internal sealed class PublishVacancyValidator : AbstractValidator<PublishVacancyRequest>
{
    public PublishVacancyValidator(IReferenceData reference)
    {
        RuleFor(r => r.Title).NotEmpty().MaximumLength(Vacancy.TitleMaxLength);
        RuleFor(r => r.Sector).NotEmpty()
            .Must(sector => reference.FindSectorTable(sector) is not null)
            .WithMessage("'sector' must be one of the sector tables: " + string.Join(", ", reference.SectorTables.Select(t => t.Name)) + ".");
        RuleFor(r => r.Municipality).NotEmpty()
            .Must(municipality => reference.FindMunicipality(municipality) is not null)
            .WithMessage("'municipality' must be one of the 20 municipalities of Regio Zwolle.");
    }
}

internal static class PublishVacancy
{
    public static void Map(IEndpointRouteBuilder vacancies) =>
        vacancies.MapPost("/", HandleAsync)
            .RequireAuthorization(Policies.Employer)
            .Validate<PublishVacancyRequest>()
            .WithName("PublishVacancy")
            .WithSummary("Publishes a vacancy; other modules hear of it through the VacancyPublished event.");

    private static async Task<Created<VacancyResponse>> HandleAsync(
        PublishVacancyRequest request, ClaimsPrincipal employer, IReferenceData reference, VacanciesDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var vacancy = Vacancy.Publish(
            employer.OrganisationId()!.Value,
            request.Title!,
            reference.FindSectorTable(request.Sector)!.Name,
            reference.FindMunicipality(request.Municipality)!.Name,
            time.GetUtcNow());
        await StoreAsync(db, vacancy, cancellationToken);
        return TypedResults.Created($"/api/vacancies/{vacancy.Id}", VacancyResponse.From(vacancy));
    }

    /// <summary>The vacancy and its event commit together or not at all.</summary>
    public static async Task StoreAsync(VacanciesDbContext db, Vacancy vacancy, CancellationToken cancellationToken)
    {
        db.Vacancies.Add(vacancy);
        db.AddIntegrationEvent(
            new VacancyPublished(vacancy.Id, vacancy.Title, vacancy.Sector, vacancy.Municipality, vacancy.PublishedAt),
            vacancy.PublishedAt);
        await db.SaveChangesAsync(cancellationToken);
    }
}

using System.Security.Claims;
using Labor.BuildingBlocks.Messaging;
using Labor.BuildingBlocks.Security;
using Labor.Vacancies.Browse;
using Labor.Vacancies.Contracts;
using Labor.Vacancies.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Labor.Vacancies.Close;

internal static class CloseVacancy
{
    public static void Map(IEndpointRouteBuilder vacancies) =>
        vacancies.MapPost("/{id:guid}/close", HandleAsync)
            .RequireAuthorization(Policies.Employer)
            .WithName("CloseVacancy")
            .WithSummary("Closes one of your organisation's vacancies; matching stops proposing it.");

    private static async Task<Results<Ok<VacancyResponse>, ProblemHttpResult>> HandleAsync(
        Guid id, ClaimsPrincipal employer, IAuthorizationService authorization, VacanciesDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var vacancy = await db.Vacancies.FirstOrDefaultAsync(v => v.Id == id, cancellationToken);
        if (vacancy is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No vacancy has this id.");
        }

        if (!(await authorization.AuthorizeAsync(employer, vacancy.OrganisationId, Policies.OwnOrganisation)).Succeeded)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "This vacancy belongs to another organisation.");
        }

        if (vacancy.Close(time.GetUtcNow()))
        {
            db.AddIntegrationEvent(new VacancyClosed(vacancy.Id, vacancy.Sector, vacancy.ClosedAt!.Value), vacancy.ClosedAt.Value);
            await db.SaveChangesAsync(cancellationToken);
        }

        return TypedResults.Ok(VacancyResponse.From(vacancy));
    }
}

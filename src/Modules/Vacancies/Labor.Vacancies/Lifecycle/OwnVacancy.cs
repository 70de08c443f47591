using System.Security.Claims;
using Labor.BuildingBlocks.Security;
using Labor.Vacancies.Data;
using Labor.Vacancies.Domain;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Labor.Vacancies.Lifecycle;

/// <summary>Loads a vacancy for changing it: only employers of the owning organisation get it.</summary>
internal static class OwnVacancy
{
    public static async Task<(Vacancy? Vacancy, ProblemHttpResult? Problem)> FindAsync(
        Guid id, ClaimsPrincipal employer, IAuthorizationService authorization, VacanciesDbContext db, CancellationToken cancellationToken)
    {
        Vacancy? vacancy = await db.Vacancies.FirstOrDefaultAsync(v => v.Id == id, cancellationToken);
        if (vacancy is null)
        {
            return (null, TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No vacancy has this id."));
        }

        return (await authorization.AuthorizeAsync(employer, vacancy.OrganisationId, Policies.OwnOrganisation)).Succeeded
            ? (vacancy, null)
            : (null, TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "This vacancy belongs to another organisation."));
    }
}

using System.Security.Claims;
using Labor.BuildingBlocks.Security;
using Labor.Vacancies.Data;
using Labor.Vacancies.Domain;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Labor.Vacancies.Browse;

/// <summary>
/// Who may read a vacancy: anyone while it is open, its own organisation's employers always. To anyone else a draft
/// or closed vacancy does not exist.
/// </summary>
internal static class VisibleVacancy
{
    public static async Task<(Vacancy? Vacancy, bool Owner)> FindAsync(
        Guid id, ClaimsPrincipal user, IAuthorizationService authorization, VacanciesDbContext db, CancellationToken cancellationToken)
    {
        Vacancy? vacancy = await db.Vacancies.AsNoTracking().FirstOrDefaultAsync(v => v.Id == id, cancellationToken);
        bool owner = vacancy is not null && (await authorization.AuthorizeAsync(user, vacancy.OrganisationId, Policies.OwnOrganisation)).Succeeded;
        return vacancy is not null && (vacancy.IsOpen || owner) ? (vacancy, owner) : (null, false);
    }
}

using Labor.Vacancies.Contracts;
using Labor.Vacancies.Data;
using Microsoft.EntityFrameworkCore;

namespace Labor.Vacancies.Answers;

internal sealed class OrganisationNames(VacanciesDbContext db) : IOrganisationNames
{
    public async Task<IReadOnlyDictionary<Guid, string>> FindAsync(IReadOnlyCollection<Guid> organisationIds, CancellationToken cancellationToken) =>
        await db.Organisations.AsNoTracking()
            .Where(o => organisationIds.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
}

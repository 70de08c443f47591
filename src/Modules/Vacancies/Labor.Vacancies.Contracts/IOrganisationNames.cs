namespace Labor.Vacancies.Contracts;

/// <summary>The names employers show jobseekers, read from the vacancy bank when they are shown, so a rename counts at once.</summary>
public interface IOrganisationNames
{
    /// <returns>The name of each of these organisations that has filled in its profile; the others are left out.</returns>
    Task<IReadOnlyDictionary<Guid, string>> FindAsync(IReadOnlyCollection<Guid> organisationIds, CancellationToken cancellationToken);
}

using Labor.Sectortables.Data;
using Labor.Vacancies.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Labor.Sectortables.Figures;

/// <summary>
/// The rows the live figures are counted from, locked while an event about them is handled: two events handled side
/// by side then compare with what the other committed, so the newest change wins whatever order events arrive in.
/// </summary>
internal static class TrackedRows
{
    public static Task<TrackedVacancy?> LockedVacancyAsync(this SectortablesDbContext db, Guid id, CancellationToken cancellationToken) =>
        db.Vacancies.FromSql($"SELECT * FROM sectortables.vacancies WHERE vacancy_id = {id} FOR UPDATE").FirstOrDefaultAsync(cancellationToken);

    /// <summary>Insert or lock, as for a jobseeker below: a publication and a change may be handled at once.</summary>
    public static async Task<TrackedVacancy> VacancyAsync(this SectortablesDbContext db, VacancyDetails details, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO sectortables.vacancies (vacancy_id, sector_tables, municipality, published_at, changed_at)
            VALUES ({details.VacancyId}, {details.SectorTables.ToArray()}, {details.Municipality}, {at}, {at})
            ON CONFLICT (vacancy_id) DO NOTHING
            """, cancellationToken);
        return (await db.LockedVacancyAsync(details.VacancyId, cancellationToken))!;
    }

    /// <summary>
    /// Insert or lock, in that order: a new person's registration and first profile arrive together, and of two
    /// consumers handling them at once one inserts while the other waits on the key and then finds the row.
    /// </summary>
    public static async Task<TrackedJobseeker> JobseekerAsync(this SectortablesDbContext db, Guid id, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO sectortables.jobseekers (jobseeker_id, registered_at, sector_tables) VALUES ({id}, {DateTimeOffset.MinValue}, {Array.Empty<string>()})
            ON CONFLICT (jobseeker_id) DO NOTHING
            """, cancellationToken);
        return await db.Jobseekers.FromSql($"SELECT * FROM sectortables.jobseekers WHERE jobseeker_id = {id} FOR UPDATE").SingleAsync(cancellationToken);
    }
}

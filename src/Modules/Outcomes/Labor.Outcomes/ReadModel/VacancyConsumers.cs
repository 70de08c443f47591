using Labor.BuildingBlocks.Messaging;
using Labor.Outcomes.Data;
using Labor.Outcomes.Placements;
using Labor.Vacancies.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Labor.Outcomes.ReadModel;

internal sealed class VacancyPublishedConsumer(OutcomesDbContext db, TimeProvider time) : InboxConsumer<VacancyPublished, OutcomesDbContext>(db, time)
{
    protected override Task HandleAsync(VacancyPublished message, CancellationToken cancellationToken) =>
        KnownVacancies.KeepAsync(Db, message.Vacancy, message.PublishedAt, cancellationToken);
}

internal sealed class VacancyChangedConsumer(OutcomesDbContext db, TimeProvider time) : InboxConsumer<VacancyChanged, OutcomesDbContext>(db, time)
{
    protected override Task HandleAsync(VacancyChanged message, CancellationToken cancellationToken) =>
        KnownVacancies.KeepAsync(Db, message.Vacancy, message.ChangedAt, cancellationToken);
}

/// <summary>The candidates an employer named as hired when closing the vacancy as filled become placements.</summary>
internal sealed class VacancyClosedConsumer(OutcomesDbContext db, PlacementBook book, TimeProvider time) : InboxConsumer<VacancyClosed, OutcomesDbContext>(db, time)
{
    protected override Task HandleAsync(VacancyClosed message, CancellationToken cancellationToken) => book.RecordClosingHiresAsync(message, cancellationToken);
}

internal static class KnownVacancies
{
    /// <summary>One upsert in which the newest state wins, whatever order (or at once) the events arrive in.</summary>
    public static Task KeepAsync(OutcomesDbContext db, VacancyDetails v, DateTimeOffset at, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"""
            INSERT INTO outcomes.vacancies (vacancy_id, organisation_id, title, occupation_uri, sector_tables, hours_max, changed_at)
            VALUES ({v.VacancyId}, {v.OrganisationId}, {v.Title}, {v.OccupationUri}, {v.SectorTables.ToArray()}, {v.HoursMax}, {at})
            ON CONFLICT (vacancy_id) DO UPDATE SET organisation_id = excluded.organisation_id, title = excluded.title,
                occupation_uri = excluded.occupation_uri, sector_tables = excluded.sector_tables, hours_max = excluded.hours_max, changed_at = excluded.changed_at
            WHERE vacancies.changed_at < excluded.changed_at
            """, cancellationToken);
}

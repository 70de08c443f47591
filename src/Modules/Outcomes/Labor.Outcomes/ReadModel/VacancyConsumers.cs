using Labor.BuildingBlocks.Messaging;
using Labor.Outcomes.Data;
using Labor.Outcomes.Placements;
using Labor.Vacancies.Contracts;

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
    /// <summary>The newest state wins, whatever order the events arrive in.</summary>
    public static async Task KeepAsync(OutcomesDbContext db, VacancyDetails vacancy, DateTimeOffset at, CancellationToken cancellationToken)
    {
        KnownVacancy? known = await db.Vacancies.FindAsync([vacancy.VacancyId], cancellationToken);
        if (known is null)
        {
            db.Vacancies.Add(known = new KnownVacancy { VacancyId = vacancy.VacancyId, Title = vacancy.Title, OccupationUri = vacancy.OccupationUri });
        }
        else if (known.ChangedAt >= at)
        {
            return;
        }

        known.OrganisationId = vacancy.OrganisationId;
        known.Title = vacancy.Title;
        known.OccupationUri = vacancy.OccupationUri;
        known.SectorTables = [.. vacancy.SectorTables];
        known.HoursMax = vacancy.HoursMax;
        known.ChangedAt = at;
    }
}

using Labor.BuildingBlocks.Messaging;
using Labor.Sectortables.Data;
using Labor.Vacancies.Contracts;

namespace Labor.Sectortables.Figures;

/// <summary>A published (or republished) vacancy counts as open in its sectors.</summary>
internal sealed class VacancyPublishedConsumer(SectortablesDbContext db, TimeProvider time) : InboxConsumer<VacancyPublished, SectortablesDbContext>(db, time)
{
    protected override async Task HandleAsync(VacancyPublished message, CancellationToken cancellationToken)
    {
        TrackedVacancy vacancy = await Db.VacancyAsync(message.Vacancy, message.PublishedAt, cancellationToken);
        if (vacancy.ChangedAt <= message.PublishedAt)
        {
            vacancy.ClosedAt = null;
            vacancy.ChangedAt = message.PublishedAt;
        }
    }
}

/// <summary>A changed vacancy may have moved sector or municipality.</summary>
internal sealed class VacancyChangedConsumer(SectortablesDbContext db, TimeProvider time) : InboxConsumer<VacancyChanged, SectortablesDbContext>(db, time)
{
    protected override async Task HandleAsync(VacancyChanged message, CancellationToken cancellationToken)
    {
        TrackedVacancy vacancy = await Db.VacancyAsync(message.Vacancy, message.ChangedAt, cancellationToken);
        if (vacancy.ChangedAt <= message.ChangedAt)
        {
            vacancy.SectorTables = [.. message.Vacancy.SectorTables];
            vacancy.Municipality = message.Vacancy.Municipality;
            vacancy.ChangedAt = message.ChangedAt;
        }
    }
}

/// <summary>A closed vacancy no longer counts as open.</summary>
internal sealed class VacancyClosedConsumer(SectortablesDbContext db, TimeProvider time) : InboxConsumer<VacancyClosed, SectortablesDbContext>(db, time)
{
    protected override async Task HandleAsync(VacancyClosed message, CancellationToken cancellationToken)
    {
        TrackedVacancy? vacancy = await Db.LockedVacancyAsync(message.VacancyId, cancellationToken);
        if (vacancy is not null && vacancy.ChangedAt <= message.ClosedAt)
        {
            vacancy.ClosedAt = message.ClosedAt;
            vacancy.ChangedAt = message.ClosedAt;
        }
    }
}

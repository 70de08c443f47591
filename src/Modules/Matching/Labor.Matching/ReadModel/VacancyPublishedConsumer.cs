using Labor.BuildingBlocks.Messaging;
using Labor.Matching.Data;
using Labor.Vacancies.Contracts;
using MassTransit;

namespace Labor.Matching.ReadModel;

/// <summary>
/// Adds a published vacancy to matching's read model. The insert is deliberately not an upsert: the inbox, not
/// luck, is what makes a redelivery harmless.
/// </summary>
internal sealed class VacancyPublishedConsumer(MatchingDbContext db, TimeProvider time) : IConsumer<VacancyPublished>
{
    public Task Consume(ConsumeContext<VacancyPublished> context) =>
        db.HandleOnceAsync(context, nameof(VacancyPublishedConsumer), time.GetUtcNow(), _ =>
        {
            VacancyPublished published = context.Message;
            db.Vacancies.Add(new OpenVacancy
            {
                VacancyId = published.VacancyId,
                Title = published.Title,
                Sector = published.Sector,
                Municipality = published.Municipality,
                PublishedAt = published.PublishedAt,
                ReceivedAt = time.GetUtcNow(),
            });
            return Task.CompletedTask;
        });
}

using System.Text.Json;
using Labor.BuildingBlocks.Messaging;
using Labor.Matching.Data;
using Labor.Vacancies.Contracts;
using Labor.Matching.Runs;
using MassTransit;

namespace Labor.Matching.ReadModel;

/// <summary>
/// Adds a published vacancy to matching's read model. The insert is deliberately not an upsert: the inbox, not
/// luck, is what makes a redelivery harmless (a republished vacancy was removed when it closed).
/// </summary>
internal sealed class VacancyPublishedConsumer(MatchingDbContext db, IncrementalMatching matching, TimeProvider time) : IConsumer<VacancyPublished>
{
    public Task Consume(ConsumeContext<VacancyPublished> context) =>
        db.HandleOnceAsync(context, nameof(VacancyPublishedConsumer), time.GetUtcNow(), async cancellationToken =>
        {
            VacancyDetails vacancy = context.Message.Vacancy;
            db.Vacancies.Add(new OpenVacancy
            {
                VacancyId = vacancy.VacancyId,
                Title = vacancy.Title,
                SectorTables = [.. vacancy.SectorTables],
                Municipality = vacancy.Municipality,
                Details = JsonSerializer.Serialize(vacancy, JsonSerializerOptions.Web),
                PublishedAt = context.Message.PublishedAt,
                ReceivedAt = time.GetUtcNow(),
            });
            await db.SaveChangesAsync(cancellationToken);
            await matching.MatchVacancyAsync(vacancy.VacancyId, cancellationToken);
        });
}

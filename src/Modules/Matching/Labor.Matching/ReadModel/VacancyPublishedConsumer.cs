using System.Text.Json;
using Labor.BuildingBlocks.Messaging;
using Labor.Matching.Data;
using Labor.Vacancies.Contracts;
using Labor.Matching.Runs;

namespace Labor.Matching.ReadModel;

/// <summary>
/// Adds a published vacancy to matching's read model. The insert is deliberately not an upsert: the inbox, not
/// luck, is what makes a redelivery harmless (a republished vacancy was removed when it closed).
/// </summary>
internal sealed class VacancyPublishedConsumer(MatchingDbContext db, IncrementalMatching matching, TimeProvider time) : InboxConsumer<VacancyPublished, MatchingDbContext>(db, time)
{
    protected override async Task HandleAsync(VacancyPublished message, CancellationToken cancellationToken)
    {
        VacancyDetails vacancy = message.Vacancy;
        Db.Vacancies.Add(new OpenVacancy
        {
            VacancyId = vacancy.VacancyId,
            Title = vacancy.Title,
            SectorTables = [.. vacancy.SectorTables],
            Municipality = vacancy.Municipality,
            Details = JsonSerializer.Serialize(vacancy, JsonSerializerOptions.Web),
            PublishedAt = message.PublishedAt,
            ReceivedAt = Time.GetUtcNow(),
        });
        await Db.SaveChangesAsync(cancellationToken);
        await matching.MatchVacancyAsync(vacancy.VacancyId, cancellationToken);
    }
}

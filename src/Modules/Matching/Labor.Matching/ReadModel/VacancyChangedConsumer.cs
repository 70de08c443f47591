using System.Text.Json;
using Labor.BuildingBlocks.Messaging;
using Labor.Matching.Data;
using Labor.Vacancies.Contracts;
using Labor.Matching.Runs;
using Microsoft.EntityFrameworkCore;

namespace Labor.Matching.ReadModel;

/// <summary>Keeps matching's copy of an open vacancy current; a change to a vacancy it no longer holds is ignored.</summary>
internal sealed class VacancyChangedConsumer(MatchingDbContext db, IncrementalMatching matching, TimeProvider time) : InboxConsumer<VacancyChanged, MatchingDbContext>(db, time)
{
    protected override async Task HandleAsync(VacancyChanged message, CancellationToken cancellationToken)
    {
        VacancyDetails vacancy = message.Vacancy;
        if (await Db.Vacancies.FindAsync([vacancy.VacancyId], cancellationToken) is { } open)
        {
            open.Title = vacancy.Title;
            open.SectorTables = [.. vacancy.SectorTables];
            open.Municipality = vacancy.Municipality;
            open.Details = JsonSerializer.Serialize(vacancy, JsonSerializerOptions.Web);
            open.ReceivedAt = Time.GetUtcNow();
            await Db.SaveChangesAsync(cancellationToken);
            await matching.MatchVacancyAsync(vacancy.VacancyId, cancellationToken);
        }
    }
}

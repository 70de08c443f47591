using Labor.BuildingBlocks.Messaging;
using Labor.Matching.Data;
using Labor.Vacancies.Contracts;
using Labor.Matching.Runs;
using Microsoft.EntityFrameworkCore;

namespace Labor.Matching.ReadModel;

/// <summary>A closed vacancy leaves matching's read model: nobody is matched to it any more.</summary>
internal sealed class VacancyClosedConsumer(MatchingDbContext db, IncrementalMatching matching, TimeProvider time) : InboxConsumer<VacancyClosed, MatchingDbContext>(db, time)
{
    protected override async Task HandleAsync(VacancyClosed message, CancellationToken cancellationToken)
    {
        await Db.Vacancies.Where(v => v.VacancyId == message.VacancyId).ExecuteDeleteAsync(cancellationToken);
        await matching.RemoveVacancyAsync(message.VacancyId, cancellationToken);
    }
}

using Labor.BuildingBlocks.Messaging;
using Labor.Matching.Data;
using Labor.Vacancies.Contracts;
using Labor.Matching.Runs;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Labor.Matching.ReadModel;

/// <summary>A closed vacancy leaves matching's read model: nobody is matched to it any more.</summary>
internal sealed class VacancyClosedConsumer(MatchingDbContext db, IncrementalMatching matching, TimeProvider time) : IConsumer<VacancyClosed>
{
    public Task Consume(ConsumeContext<VacancyClosed> context) =>
        db.HandleOnceAsync(context, nameof(VacancyClosedConsumer), time.GetUtcNow(), async cancellationToken =>
        {
            await db.Vacancies.Where(v => v.VacancyId == context.Message.VacancyId).ExecuteDeleteAsync(cancellationToken);
            await matching.RemoveVacancyAsync(context.Message.VacancyId, cancellationToken);
        });
}

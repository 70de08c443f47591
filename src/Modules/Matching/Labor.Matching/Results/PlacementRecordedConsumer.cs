using Labor.BuildingBlocks.Messaging;
using Labor.Matching.Data;
using Labor.Outcomes.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Labor.Matching.Results;

/// <summary>
/// A hire through one of the platform's vacancies becomes the verdict "hired" on the pair: the employer's list shows
/// it, and the quality and fairness figures count outcomes, not only invitations.
/// </summary>
internal sealed class PlacementRecordedConsumer(MatchingDbContext db, TimeProvider time) : InboxConsumer<PlacementRecorded, MatchingDbContext>(db, time)
{
    protected override async Task HandleAsync(PlacementRecorded message, CancellationToken cancellationToken)
    {
        // What a person reported alone stays theirs (ADR 20): only the employer's own report shows on its list.
        if (message.ReportedBy is not ("employer" or "both") || message.VacancyId is not { } vacancyId || message.OrganisationId is not { } organisationId
            || await Db.Erased.AnyAsync(e => e.JobseekerId == message.JobseekerId, cancellationToken))
        {
            return;
        }

        MatchFeedback? feedback = await Db.Feedback.FirstOrDefaultAsync(f => f.VacancyId == vacancyId && f.JobseekerId == message.JobseekerId, cancellationToken);
        if (feedback is null)
        {
            Db.Feedback.Add(feedback = new MatchFeedback { VacancyId = vacancyId, JobseekerId = message.JobseekerId, OrganisationId = organisationId, Verdict = MatchFeedback.Hired });
        }

        feedback.Verdict = MatchFeedback.Hired;
        feedback.At = message.ChangedAt;
    }
}

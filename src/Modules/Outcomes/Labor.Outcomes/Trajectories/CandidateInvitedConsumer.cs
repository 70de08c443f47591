using Labor.BuildingBlocks.Messaging;
using Labor.BuildingBlocks.Modules;
using Labor.Matching.Contracts;
using Labor.Outcomes.Data;
using Labor.Outcomes.Domain;

namespace Labor.Outcomes.Trajectories;

/// <summary>An employer's invitation is a step of the person's trajectory, recorded by the employer.</summary>
internal sealed class CandidateInvitedConsumer(OutcomesDbContext db, TrajectoryBook book, TimeProvider time) : InboxConsumer<CandidateInvited, OutcomesDbContext>(db, time)
{
    protected override Task HandleAsync(CandidateInvited message, CancellationToken cancellationToken) =>
        book.RecordAsync(message.JobseekerId, StepKind.Invitation, DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(message.InvitedAt, DutchTime.Zone).DateTime),
            StepAuthor.Employer, cancellationToken);
}

using Labor.BuildingBlocks.Messaging;
using Labor.BuildingBlocks.Modules;
using Labor.BuildingBlocks.Outcomes;
using Labor.Outcomes.Contracts;
using Labor.Outcomes.Data;
using Labor.Outcomes.Domain;
using Labor.Outcomes.ReadModel;
using Microsoft.EntityFrameworkCore;

namespace Labor.Outcomes.Trajectories;

/// <summary>
/// Keeps each person's trajectories (ADR 20): a step goes to the open one, or starts one; each change is told with
/// <see cref="TrajectoryRecorded"/> in the same transaction.
/// </summary>
internal sealed class TrajectoryBook(OutcomesDbContext db, TimeProvider time)
{
    /// <summary>A step of someone who records it for themselves, for a person by staff, or by the platform.</summary>
    public Task<Result<Trajectory>> RecordAsync(Guid jobseekerId, StepKind kind, DateOnly on, StepAuthor by, CancellationToken cancellationToken) =>
        db.ForPersonAsync(jobseekerId, async person => (Result<Trajectory>)await AddStepAsync(person, kind, on, by, cancellationToken), cancellationToken);

    /// <summary>The caller holds the person's lock and saves.</summary>
    public async Task<Trajectory> AddStepAsync(KnownPerson person, StepKind kind, DateOnly on, StepAuthor by, CancellationToken cancellationToken)
    {
        Trajectory? current = await LatestAsync(person.JobseekerId, cancellationToken);
        if (current is null || !current.TakesStepOn(DutchTime.Today(time)))
        {
            current = Trajectory.Start(person.JobseekerId, person.Situation, person.Municipality, kind, on, time.GetUtcNow());
            db.Trajectories.Add(current);
        }

        current.Add(kind, on, by, time.GetUtcNow());
        Tell(current);
        return current;
    }

    public Task<Result<Trajectory>> CloseAsync(Guid jobseekerId, TrajectoryOutcome outcome, CancellationToken cancellationToken) =>
        db.ForPersonAsync<Trajectory>(jobseekerId, async _ =>
        {
            Trajectory? current = await LatestAsync(jobseekerId, cancellationToken);
            if (current is null || !current.Close(outcome, DutchTime.Today(time), time.GetUtcNow()))
            {
                return Refusal.Conflict("There is no open trajectory to close.");
            }

            Tell(current);
            return current;
        }, cancellationToken);

    /// <summary>
    /// An erased person's open route ends as withdrawn, told to the figures, before their records go: otherwise it
    /// would count as open for ever. The caller deletes the records after this is saved.
    /// </summary>
    public async Task EndForErasureAsync(Guid jobseekerId, CancellationToken cancellationToken)
    {
        foreach (Trajectory open in await db.Trajectories.Include(t => t.Steps).Where(t => t.JobseekerId == jobseekerId && t.Outcome == null).ToListAsync(cancellationToken))
        {
            open.Close(TrajectoryOutcome.Withdrawn, DutchTime.Today(time), time.GetUtcNow());
            Tell(open);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Whether the person completed a training on or before <paramref name="day"/>.</summary>
    public Task<bool> TrainedByAsync(Guid jobseekerId, DateOnly day, CancellationToken cancellationToken) =>
        db.TrajectorySteps.AnyAsync(
            s => s.Kind == StepKind.TrainingCompleted && s.On <= day && db.Trajectories.Any(t => t.Id == s.TrajectoryId && t.JobseekerId == jobseekerId),
            cancellationToken);

    /// <summary>
    /// The nightly job: an open trajectory without a step for <see cref="Trajectory.SilentDays"/> days ends as no
    /// longer responding (a new step opens it again). Safe on any host and twice: each closes under the person's lock.
    /// </summary>
    public async Task CloseSilentAsync(CancellationToken cancellationToken)
    {
        DateOnly today = DutchTime.Today(time);
        DateOnly before = today.AddDays(-Trajectory.SilentDays);
        List<Guid> people = await db.Trajectories.Where(t => t.Outcome == null && !t.Steps.Any(s => s.On > before))
            .Select(t => t.JobseekerId).Distinct().ToListAsync(cancellationToken);
        foreach (Guid person in people)
        {
            await db.ForPersonAsync<Trajectory>(person, async _ =>
            {
                Trajectory? current = await LatestAsync(person, cancellationToken);
                if (current is { IsOpen: true } && current.LastStepOn <= before && current.Close(TrajectoryOutcome.NoLongerResponding, today, time.GetUtcNow()))
                {
                    Tell(current);
                }

                return current!;
            }, cancellationToken);
            db.ChangeTracker.Clear();
        }
    }

    private Task<Trajectory?> LatestAsync(Guid jobseekerId, CancellationToken cancellationToken) =>
        db.Trajectories.Include(t => t.Steps).Where(t => t.JobseekerId == jobseekerId)
            .OrderByDescending(t => t.Outcome == null).ThenByDescending(t => t.StartedOn).ThenByDescending(t => t.ChangedAt)
            .FirstOrDefaultAsync(cancellationToken);

    private void Tell(Trajectory t) => db.AddIntegrationEvent(
        new TrajectoryRecorded(
            t.Id, TrajectoryCodes.Kinds[t.Kind], t.StartedOn, t.Situation, t.Municipality, t.Has(StepKind.TrainingStarted), t.Has(StepKind.TrainingCompleted),
            t.Outcome is { } outcome ? TrajectoryCodes.Outcomes[outcome] : null, t.ClosedOn, t.ChangedAt),
        t.ChangedAt);
}

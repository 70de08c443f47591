using Labor.BuildingBlocks.Messaging;
using Labor.Outcomes.Contracts;
using Labor.Sectortables.Data;

namespace Labor.Sectortables.Figures;

/// <summary>Keeps each placement's codes; the newest report of a hire wins. The person's id is not kept.</summary>
internal sealed class PlacementRecordedConsumer(SectortablesDbContext db, TimeProvider time) : InboxConsumer<PlacementRecorded, SectortablesDbContext>(db, time)
{
    protected override async Task HandleAsync(PlacementRecorded message, CancellationToken cancellationToken)
    {
        TrackedPlacement? placement = await Db.Placements.FindAsync([message.PlacementId], cancellationToken);
        if (placement is null)
        {
            Db.Placements.Add(placement = new TrackedPlacement { PlacementId = message.PlacementId });
        }
        else if (placement.ChangedAt >= message.ChangedAt)
        {
            return;
        }

        placement.StartDate = message.StartDate;
        placement.Municipality = message.Municipality;
        placement.FromSituation = message.FromSituation;
        placement.FromSectorTables = [.. message.FromSectorTables];
        placement.ToSectorTables = [.. message.ToSectorTables];
        placement.CrossedSectors = message.CrossedSectors;
        placement.ProposedByMatch = message.ProposedByMatch;
        placement.AfterTraining = message.AfterTraining;
        placement.ChangedAt = message.ChangedAt;
    }
}

/// <summary>Keeps each trajectory's codes; the newest state wins. The person's id is never sent.</summary>
internal sealed class TrajectoryRecordedConsumer(SectortablesDbContext db, TimeProvider time) : InboxConsumer<TrajectoryRecorded, SectortablesDbContext>(db, time)
{
    protected override async Task HandleAsync(TrajectoryRecorded message, CancellationToken cancellationToken)
    {
        TrackedTrajectory? trajectory = await Db.Trajectories.FindAsync([message.TrajectoryId], cancellationToken);
        if (trajectory is null)
        {
            Db.Trajectories.Add(trajectory = new TrackedTrajectory { TrajectoryId = message.TrajectoryId, Kind = message.Kind });
        }
        else if (trajectory.ChangedAt >= message.ChangedAt)
        {
            return;
        }

        trajectory.Kind = message.Kind;
        trajectory.StartedOn = message.StartedOn;
        trajectory.Situation = message.Situation;
        trajectory.Municipality = message.Municipality;
        trajectory.TrainingStarted = message.TrainingStarted;
        trajectory.TrainingCompleted = message.TrainingCompleted;
        trajectory.Outcome = message.Outcome;
        trajectory.ChangedAt = message.ChangedAt;
    }
}

using Labor.BuildingBlocks.Messaging;
using Labor.Outcomes.Contracts;
using Labor.Sectortables.Data;
using Microsoft.EntityFrameworkCore;

namespace Labor.Sectortables.Figures;

// Each is one upsert in which the newest state wins: two reports of one placement, or two steps of one trajectory,
// handled at the same moment neither fail on the key nor let the older one stand.

/// <summary>Keeps each placement's codes; the newest report of a hire wins. The person's id is not kept.</summary>
internal sealed class PlacementRecordedConsumer(SectortablesDbContext db, TimeProvider time) : InboxConsumer<PlacementRecorded, SectortablesDbContext>(db, time)
{
    protected override Task HandleAsync(PlacementRecorded m, CancellationToken cancellationToken) =>
        Db.Database.ExecuteSqlAsync($"""
            INSERT INTO sectortables.placements (placement_id, start_date, municipality, from_situation, from_sector_tables, to_sector_tables,
                                                 crossed_sectors, proposed_by_match, after_training, changed_at)
            VALUES ({m.PlacementId}, {m.StartDate}, {m.Municipality}, {m.FromSituation}, {m.FromSectorTables.ToArray()}, {m.ToSectorTables.ToArray()},
                    {m.CrossedSectors}, {m.ProposedByMatch}, {m.AfterTraining}, {m.ChangedAt})
            ON CONFLICT (placement_id) DO UPDATE SET start_date = excluded.start_date, municipality = excluded.municipality,
                from_situation = excluded.from_situation, from_sector_tables = excluded.from_sector_tables, to_sector_tables = excluded.to_sector_tables,
                crossed_sectors = excluded.crossed_sectors, proposed_by_match = excluded.proposed_by_match, after_training = excluded.after_training,
                changed_at = excluded.changed_at
            WHERE placements.changed_at < excluded.changed_at
            """, cancellationToken);
}

/// <summary>Keeps each trajectory's codes; the newest state wins. The person's id is never sent.</summary>
internal sealed class TrajectoryRecordedConsumer(SectortablesDbContext db, TimeProvider time) : InboxConsumer<TrajectoryRecorded, SectortablesDbContext>(db, time)
{
    protected override Task HandleAsync(TrajectoryRecorded m, CancellationToken cancellationToken) =>
        Db.Database.ExecuteSqlAsync($"""
            INSERT INTO sectortables.trajectories (trajectory_id, kind, started_on, situation, municipality, training_started, training_completed, outcome, changed_at)
            VALUES ({m.TrajectoryId}, {m.Kind}, {m.StartedOn}, {m.Situation}, {m.Municipality}, {m.TrainingStarted}, {m.TrainingCompleted}, {m.Outcome}, {m.ChangedAt})
            ON CONFLICT (trajectory_id) DO UPDATE SET kind = excluded.kind, started_on = excluded.started_on, situation = excluded.situation,
                municipality = excluded.municipality, training_started = excluded.training_started, training_completed = excluded.training_completed,
                outcome = excluded.outcome, changed_at = excluded.changed_at
            WHERE trajectories.changed_at < excluded.changed_at
            """, cancellationToken);
}

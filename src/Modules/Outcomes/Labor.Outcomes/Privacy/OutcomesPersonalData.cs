using Labor.BuildingBlocks.Privacy;
using Labor.Outcomes.Data;
using Labor.Outcomes.Placements;
using Labor.Outcomes.Trajectories;
using Labor.Reference.Contracts;

namespace Labor.Outcomes.Privacy;

/// <summary>The outcomes module's part of "download my data": the person's placements and trajectories, as recorded.</summary>
internal sealed class OutcomesPersonalData(PlacementReader placementReader, TrajectoryReader trajectoryReader) : IPersonalDataSource
{
    public string ModuleName => OutcomesDbContext.Schema;

    public async Task<object?> ExportAsync(Guid personId, CancellationToken cancellationToken)
    {
        IReadOnlyList<PlacementView> placements = await placementReader.ForPersonAsync(personId, Language.En, cancellationToken);
        IReadOnlyList<TrajectoryView> trajectories = await trajectoryReader.ForPersonAsync(personId, cancellationToken);
        return placements.Count == 0 && trajectories.Count == 0 ? null : new { placements, trajectories };
    }
}

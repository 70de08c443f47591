using Labor.BuildingBlocks.Privacy;
using Labor.Outcomes.Data;
using Labor.Outcomes.Placements;
using Labor.Reference.Contracts;

namespace Labor.Outcomes.Privacy;

/// <summary>The outcomes module's part of "download my data": the person's placements, as recorded.</summary>
internal sealed class OutcomesPersonalData(PlacementReader reader) : IPersonalDataSource
{
    public string ModuleName => OutcomesDbContext.Schema;

    public async Task<object?> ExportAsync(Guid personId, CancellationToken cancellationToken)
    {
        IReadOnlyList<PlacementView> placements = await reader.ForPersonAsync(personId, Language.En, cancellationToken);
        return placements.Count == 0 ? null : new { placements };
    }
}

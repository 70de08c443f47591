using System.Security.Claims;
using Labor.BuildingBlocks.Outcomes;
using Labor.BuildingBlocks.Persistence;
using Labor.BuildingBlocks.Security;
using Labor.Sectortables.Domain;
using Labor.Sectortables.Tables;

namespace Labor.Sectortables.Plans;

/// <summary>A lead moves their table's plan a step (concept → ter-accordering → geaccordeerd → gestart → afgerond), dated and attributed.</summary>
internal sealed class PlanSteps(TableChanges changes, TimeProvider time)
{
    public async Task<Result<Table>> MoveAsync(Guid id, PlanStatusRequest request, ClaimsPrincipal lead, CancellationToken cancellationToken)
    {
        await using TableChange change = await changes.OpenAsync(id, lead, cancellationToken);
        if (change.Table.Value is not { } table)
        {
            return change.Table;
        }

        if (!PlanStatuses.Codes.TryParse(request.Status, out PlanStatus to) || !table.MovePlan(to, lead.UserId()!.Value, request.Note?.Trim(), time.GetUtcNow().ToStoredPrecision()))
        {
            return Refusal.Invalid("status", $"The plan cannot go from {PlanStatuses.Codes[table.PlanStatus]} to {request.Status}.");
        }

        await change.CommitAsync(cancellationToken);
        return table;
    }
}

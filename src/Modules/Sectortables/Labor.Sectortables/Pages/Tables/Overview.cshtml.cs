using Labor.BuildingBlocks.Security;
using Labor.Sectortables.Plans;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Labor.Sectortables.Pages.Tables;

/// <summary>All tables with their plan's status and their actions' progress.</summary>
[Authorize(Policy = Policies.SectorTableReader)]
internal sealed class OverviewModel(TablePlans plans) : PageModel
{
    public IReadOnlyList<TableSummary> Tables { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Tables = await plans.ListAsync(cancellationToken);
}

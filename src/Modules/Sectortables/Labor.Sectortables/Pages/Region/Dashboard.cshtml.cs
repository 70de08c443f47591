using Labor.BuildingBlocks.Security;
using Labor.Sectortables.Region;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Labor.Sectortables.Pages.Region;

/// <summary>The region against the HCA targets, per month and per municipality, for programme staff.</summary>
[Authorize(Policy = Policies.ProgrammeStaff)]
internal sealed class DashboardModel(RegionDashboard region) : PageModel
{
    public Dashboard Dashboard { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) => Dashboard = await region.BuildAsync(cancellationToken);
}

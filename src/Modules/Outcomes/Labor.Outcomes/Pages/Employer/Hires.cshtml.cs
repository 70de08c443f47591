using Labor.BuildingBlocks.Security;
using Labor.Outcomes.Placements;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Labor.Outcomes.Pages.Employer;

/// <summary>The hires the employer's organisation reported.</summary>
[Authorize(Policy = Policies.Employer)]
internal sealed class HiresModel(PlacementReader reader) : PageModel
{
    public IReadOnlyList<HireView> Hires { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Hires = await reader.ForOrganisationAsync(User.OrganisationId()!.Value, cancellationToken);
}

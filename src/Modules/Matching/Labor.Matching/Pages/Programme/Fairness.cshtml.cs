using Labor.BuildingBlocks.Security;
using Labor.Matching.Fairness;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Labor.Matching.Pages.Programme;

/// <summary>The fairness report for programme staff.</summary>
[Authorize(Policy = Policies.ProgrammeStaff)]
internal sealed class FairnessModel(FairnessReport report) : PageModel
{
    public IReadOnlyList<FairnessGroup> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Rows = await report.BuildAsync(cancellationToken);
}

using Labor.BuildingBlocks.Security;
using Labor.Matching.Results;
using Labor.Reference.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Labor.Matching.Pages.Jobseeker;

/// <summary>The jobseeker's matches, best first, each with why it fits, what is missing and training for the gap.</summary>
[Authorize(Policy = Policies.Jobseeker)]
internal sealed class MatchesModel(MatchReader reader) : PageModel
{
    public IReadOnlyList<MatchView> Matches { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Matches = await reader.ForJobseekerAsync(User.UserId()!.Value, Languages.Current, cancellationToken);
}

using Labor.BuildingBlocks.Security;
using Labor.Matching.Results;
using Labor.Reference.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Labor.Matching.Pages.Employer;

/// <summary>A vacancy's consenting candidates with explanations; the employer marks each invited or not suitable.</summary>
[Authorize(Policy = Policies.Employer)]
internal sealed class CandidatesModel(MatchReader reader) : PageModel
{
    public CandidateList List { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        List = await reader.ForVacancyAsync(id, User, Languages.Current, cancellationToken);
        return List.Access switch
        {
            CandidateAccess.Allowed => Page(),
            CandidateAccess.Forbidden => Forbid(),
            _ => NotFound(),
        };
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid jobseekerId, string? verdict, CancellationToken cancellationToken)
    {
        if (verdict is not (MatchFeedback.Invited or MatchFeedback.NotSuitable))
        {
            return BadRequest();
        }

        return await reader.SetVerdictAsync(id, jobseekerId, verdict, User, cancellationToken) switch
        {
            CandidateAccess.Allowed => RedirectToPage(null, null, new { id }, "candidate-" + jobseekerId),
            CandidateAccess.Forbidden => Forbid(),
            _ => NotFound(),
        };
    }
}

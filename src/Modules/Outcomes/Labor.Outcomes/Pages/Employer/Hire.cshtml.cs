using FluentValidation;
using Labor.BuildingBlocks.Outcomes;
using Labor.BuildingBlocks.Security;
using Labor.BuildingBlocks.Web;
using Labor.BuildingBlocks.Modules;
using Labor.Outcomes.Placements;
using Labor.Outcomes.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Labor.Outcomes.Pages.Employer;

/// <summary>An employer marks a candidate of their vacancy hired, with the start date and hours.</summary>
[Authorize(Policy = Policies.Employer)]
internal sealed class HireModel(PlacementBook book, IValidator<HireRequest> rules, IStringLocalizer<Texts> text, TimeProvider time) : FormPage
{
    [BindProperty(SupportsGet = true, Name = "vacature")]
    public Guid VacancyId { get; set; }

    [BindProperty(SupportsGet = true, Name = "kandidaat")]
    public Guid JobseekerId { get; set; }

    [BindProperty]
    public DateOnly? StartDate { get; set; }

    [BindProperty]
    public int? HoursPerWeek { get; set; }

    public HireCandidate Candidate { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Result<HireCandidate> candidate = await book.CandidateAsync(VacancyId, JobseekerId, User, cancellationToken);
        if (candidate.Refusal is { } refusal)
        {
            return ShowRefusal(refusal, text);
        }

        Candidate = candidate.Value!;
        StartDate ??= DutchTime.Today(time);
        HoursPerWeek ??= Candidate.Vacancy.HoursMax;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Result<HireCandidate> candidate = await book.CandidateAsync(VacancyId, JobseekerId, User, cancellationToken);
        if (candidate.Refusal is { } refusal)
        {
            return ShowRefusal(refusal, text);
        }

        Candidate = candidate.Value!;
        var request = new HireRequest(VacancyId, JobseekerId, StartDate, HoursPerWeek);
        var validation = await rules.ValidateAsync(request, cancellationToken);
        if (!validation.IsValid)
        {
            AddErrors(text, validation);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Result<Recorded> recorded = await book.HireAsync(request, User, cancellationToken);
        return recorded.Refusal is { } refused ? ShowRefusal(refused, text) : Redirect($"/werkgever/aannames#hire-{recorded.Value!.Placement.Id}");
    }
}

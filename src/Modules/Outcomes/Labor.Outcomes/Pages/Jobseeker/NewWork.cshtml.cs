using FluentValidation;
using Labor.BuildingBlocks.Outcomes;
using Labor.BuildingBlocks.Security;
using Labor.BuildingBlocks.Web;
using Labor.Outcomes.Data;
using Labor.Outcomes.Domain;
using Labor.Outcomes.Placements;
using Labor.Outcomes.Trajectories;
using Labor.Outcomes.Resources;
using Labor.Reference.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Labor.Outcomes.Pages.Jobseeker;

/// <summary>A person reports new work (through a vacancy here, or found elsewhere) and sees what they reported.</summary>
[Authorize(Policy = Policies.Jobseeker)]
internal sealed class NewWorkModel(
    PlacementBook book, PlacementReader reader, TrajectoryBook trajectories, TrajectoryReader trajectoryReader, OutcomesDbContext db, IVocabulary vocabulary,
    IValidator<WorkReport> rules, IStringLocalizer<Texts> text, TimeProvider time) : FormPage
{
    [BindProperty(SupportsGet = true, Name = "vacature")]
    public Guid? VacancyId { get; set; }

    [BindProperty]
    public string? Occupation { get; set; }

    [BindProperty]
    public string? SectorTable { get; set; }

    [BindProperty]
    public DateOnly? StartDate { get; set; }

    [BindProperty]
    public int? HoursPerWeek { get; set; }

    /// <summary>The vacancy here the person names, when they came from one.</summary>
    public string? VacancyTitle { get; private set; }

    public IReadOnlyList<PlacementView> Placements { get; private set; } = [];

    public IReadOnlyList<TrajectoryView> Trajectories { get; private set; } = [];

    [BindProperty]
    public string? StepKind { get; set; }

    [BindProperty]
    public DateOnly? StepOn { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await ShowAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await ShowAsync(cancellationToken))
        {
            return NotFound();
        }

        string? occupationUri = VacancyId is null && !string.IsNullOrWhiteSpace(Occupation)
            ? VocabularyNames.Occupation(vocabulary, Occupation, Languages.Current) ?? Occupation
            : null;
        var report = new WorkReport(VacancyId, occupationUri, string.IsNullOrWhiteSpace(SectorTable) ? null : SectorTable, StartDate, HoursPerWeek);
        var validation = await rules.ValidateAsync(report, cancellationToken);
        if (!validation.IsValid)
        {
            AddErrors(text, validation, field => field == "occupationUri" ? "occupation" : field);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Result<Recorded> recorded = await book.ReportAsync(report, User.UserId()!.Value, cancellationToken);
        return recorded.Refusal is { } refusal ? ShowRefusal(refusal, text) : Redirect($"/mijn-werk?gemeld=1#placement-{recorded.Value!.Placement.Id}");
    }

    /// <summary>The person records a step of their own route: the first one starts it.</summary>
    public async Task<IActionResult> OnPostStepAsync(CancellationToken cancellationToken)
    {
        VacancyId = null;
        await ShowAsync(cancellationToken);
        var request = new StepRequest(StepKind, StepOn);
        var validation = await StepRequestValidator.ForPerson(time).ValidateAsync(request, cancellationToken);
        if (!validation.IsValid)
        {
            AddErrors(text, validation, field => field == "kind" ? "stepKind" : "stepOn");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Result<Trajectory> recorded = await trajectories.RecordAsync(
            User.UserId()!.Value, TrajectoryCodes.Steps[StepKind!], StepOn!.Value, StepAuthor.Person, cancellationToken);
        return recorded.Refusal is { } refusal ? ShowRefusal(refusal, text) : Redirect($"/mijn-werk#trajectory-{recorded.Value!.Id}");
    }

    public async Task<IActionResult> OnPostWithdrawAsync(CancellationToken cancellationToken)
    {
        Result<Trajectory> closed = await trajectories.CloseAsync(User.UserId()!.Value, TrajectoryOutcome.Withdrawn, cancellationToken);
        return closed.Refusal is { } refusal ? ShowRefusal(refusal, text) : Redirect($"/mijn-werk#trajectory-{closed.Value!.Id}");
    }

    /// <returns>false when the page names a vacancy nobody knows.</returns>
    private async Task<bool> ShowAsync(CancellationToken cancellationToken)
    {
        Trajectories = await trajectoryReader.ForPersonAsync(User.UserId()!.Value, cancellationToken);
        Placements = await reader.ForPersonAsync(User.UserId()!.Value, Languages.Current, cancellationToken);
        if (VacancyId is { } id)
        {
            VacancyTitle = await db.Vacancies.Where(v => v.VacancyId == id).Select(v => v.Title).FirstOrDefaultAsync(cancellationToken);
            return VacancyTitle is not null;
        }

        return true;
    }
}

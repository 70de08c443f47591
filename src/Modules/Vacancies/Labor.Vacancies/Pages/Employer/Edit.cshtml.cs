using FluentValidation;
using FluentValidation.Results;
using Labor.BuildingBlocks.Security;
using Labor.BuildingBlocks.Web;
using Labor.Reference.Contracts;
using Labor.Vacancies.Data;
using Labor.Vacancies.Edit;
using Labor.Vacancies.Lifecycle;
using Labor.Vacancies.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Labor.Vacancies.Pages.Employer;

/// <summary>Creating and editing a vacancy: saved as a draft or published, with the same rules as the API.</summary>
[Authorize(Policy = Policies.Employer)]
internal sealed class EditModel(
    VacancyLifecycle lifecycle, IValidator<VacancyRequest> validator, IVocabulary vocabulary, IReferenceData region, VacanciesDbContext db,
    IStringLocalizer<Texts> text) : FormPage
{
    [BindProperty]
    public VacancyForm Form { get; set; } = new();

    public Guid? Id { get; private set; }

    public Guid? DuplicateOf { get; private set; }

    public IReferenceData Region => region;


    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken cancellationToken)
    {
        Id = id;
        if (id is null)
        {
            Form.ValidThrough = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(1);
            return Page();
        }

        (var vacancy, Outcome? refused) = await lifecycle.FindOwnAsync(id.Value, User, cancellationToken);
        if (vacancy is null)
        {
            return refused!.Refusal == Refusal.Forbidden ? Forbid() : NotFound();
        }

        Form = VacancyForm.From(await VacancyEndpoints.ResponseAsync(db, vacancy, vocabulary, cancellationToken), Languages.Current);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, string? action, CancellationToken cancellationToken)
    {
        Id = id;
        bool draft = action == "draft";
        (VacancyRequest request, IReadOnlyList<string> unknownSkills, bool unknownOccupation) = Form.ToRequest(vocabulary, Languages.Current, draft);
        ValidationResult validation = await validator.ValidateAsync(request, cancellationToken);
        if (!validation.IsValid || unknownSkills.Count > 0 || unknownOccupation)
        {
            AddErrors(text, validation, FormField);
            foreach (string skill in unknownSkills)
            {
                ModelState.AddModelError("skills", text["UnknownSkill", skill]);
            }

            return Page();
        }

        Outcome outcome = id is null
            ? await lifecycle.CreateAsync(request, User, cancellationToken)
            : await lifecycle.EditAsync(id.Value, request, User, cancellationToken);
        if (outcome.Vacancy is { } vacancy)
        {
            // An edited draft stays a draft until the employer publishes it; "publish" on an edit publishes it too.
            if (id is not null && !draft && !vacancy.IsOpen)
            {
                outcome = await lifecycle.PublishAsync(vacancy.Id, Form.ConfirmDuplicate, User, cancellationToken);
            }
        }

        switch (outcome)
        {
            case { Vacancy: { } saved }:
                TempData["Message"] = saved.IsOpen ? "Published" : "Saved";
                return RedirectToPage("Dashboard");
            case { Refusal: Refusal.Duplicate }:
                DuplicateOf = outcome.DuplicateOf;
                return Page();
            case { Refusal: Refusal.Invalid }:
                AddErrors(text, outcome.Errors!.Keys, FormField);
                return Page();
            case { Refusal: Refusal.Forbidden }:
                return Forbid();
            default:
                return NotFound();
        }
    }

    /// <summary>The form's name for a field the API names.</summary>
    private static string FormField(string field) => field switch
    {
        _ when field.StartsWith("skills", StringComparison.Ordinal) => "skills",
        _ when field.StartsWith("sectorTables", StringComparison.Ordinal) => "sectorTables",
        _ when field.StartsWith("salary", StringComparison.Ordinal) => "salary",
        "workplace.postcode" => "postcode",
        "workplace.municipality" => "municipality",
        _ when field.StartsWith("workplace", StringComparison.Ordinal) => "workplaceMode",
        _ => field,
    };
}

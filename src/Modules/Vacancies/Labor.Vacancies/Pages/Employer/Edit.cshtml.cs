using FluentValidation;
using FluentValidation.Results;
using Labor.BuildingBlocks.Outcomes;
using Labor.BuildingBlocks.Security;
using Labor.BuildingBlocks.Web;
using Labor.Reference.Contracts;
using Labor.Vacancies.Data;
using Labor.Vacancies.Domain;
using Labor.Vacancies.Content;
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

        Result<Vacancy> own = await lifecycle.FindOwnAsync(id.Value, User, cancellationToken);
        if (own.Value is not { } vacancy)
        {
            return ShowRefusal(own.Refusal!, text);
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

        Result<Vacancy> outcome = id is null
            ? await lifecycle.CreateAsync(request, User, cancellationToken)
            : await lifecycle.EditAsync(id.Value, request, User, cancellationToken);
        if (outcome.Value is { } vacancy)
        {
            // An edited draft stays a draft until the employer publishes it; "publish" on an edit publishes it too.
            if (id is not null && !draft && !vacancy.IsOpen)
            {
                outcome = await lifecycle.PublishAsync(vacancy.Id, Form.ConfirmDuplicate, User, cancellationToken);
            }
        }

        if (outcome.Value is { } saved)
        {
            TempData["Message"] = saved.IsOpen ? "Published" : "Saved";
            return RedirectToPage("Dashboard");
        }

        DuplicateOf = outcome.Refusal!.Extensions?.GetValueOrDefault(VacancyLifecycle.DuplicateOf) as Guid?;
        return ShowRefusal(outcome.Refusal, text, FormField);
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

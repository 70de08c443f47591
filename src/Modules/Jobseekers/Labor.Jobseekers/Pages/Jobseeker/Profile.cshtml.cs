using FluentValidation;
using FluentValidation.Results;
using Labor.Accounts.Contracts;
using Labor.BuildingBlocks.Security;
using Labor.BuildingBlocks.Outcomes;
using Labor.BuildingBlocks.Web;
using Labor.Jobseekers.Profile;
using Labor.Jobseekers.Resources;
using Labor.Reference.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Labor.Jobseekers.Pages.Jobseeker;

/// <summary>The jobseeker's own profile: what they tell us, with why we ask, and their consent, kept apart.</summary>
[Authorize(Policy = Policies.Jobseeker)]
internal sealed class ProfileModel(
    JobseekerPool pool, IValidator<ProfileRequest> validator, IAccountContacts accounts, IVocabulary vocabulary, IReferenceData region,
    IStringLocalizer<Texts> text) : FormPage
{
    [BindProperty]
    public ProfileForm Form { get; set; } = new();

    public ProfileResponse Profile { get; private set; } = null!;

    public IReferenceData Region => region;


    public static string UiCode => Language;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return RedirectToPage("/Privacy", new { erased = true });
        }

        Form = ProfileForm.From(Profile);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        (ProfileRequest request, IReadOnlyList<string> unknownSkills, IReadOnlyList<string> unknownOccupations) = Form.ToRequest(vocabulary, Languages.Current);
        ValidationResult validation = await validator.ValidateAsync(request, cancellationToken);
        if (!validation.IsValid || unknownSkills.Count > 0 || unknownOccupations.Count > 0)
        {
            AddErrors(text, validation, FormField);
            foreach (string skill in unknownSkills)
            {
                ModelState.AddModelError("skills", text["UnknownSkill", skill]);
            }

            foreach (string occupation in unknownOccupations)
            {
                ModelState.AddModelError("experience", text["UnknownOccupation", occupation]);
            }

            return await LoadAsync(cancellationToken) ? Page() : RedirectToPage("/Privacy", new { erased = true });
        }

        Result<Domain.Jobseeker> outcome = await pool.SaveProfileAsync(User.UserId()!.Value, request, cancellationToken);
        if (outcome.Value is not null)
        {
            TempData["Message"] = "Saved";
            return RedirectToPage();
        }

        // Erased meanwhile (in another tab, or by the retention job): the privacy page says so.
        return outcome.Refusal!.Kind == RefusalKind.Invalid && await LoadAsync(cancellationToken)
            ? ShowRefusal(outcome.Refusal, text, FormField)
            : RedirectToPage("/Privacy", new { erased = true });
    }

    public async Task<IActionResult> OnPostConsentAsync(bool consented, CancellationToken cancellationToken)
    {
        if ((await pool.SetConsentAsync(User.UserId()!.Value, consented, cancellationToken)).Refusal is not null)
        {
            return RedirectToPage("/Privacy", new { erased = true });
        }

        TempData["Message"] = consented ? "ConsentGiven" : "ConsentWithdrawn";
        return RedirectToPage(null, null, "consent");
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var jobseeker = await pool.FindOrRegisterAsync(User.UserId()!.Value, cancellationToken);
        if (jobseeker is null)
        {
            return false;
        }

        Profile = ProfileResponse.From(jobseeker, await accounts.FindAsync(jobseeker.Id, cancellationToken), vocabulary);
        return true;
    }

    /// <summary>The form's name for a field the API names.</summary>
    private static string FormField(string field) => field switch
    {
        _ when field.StartsWith("skills", StringComparison.Ordinal) => "skills",
        _ when field.StartsWith("experience", StringComparison.Ordinal) => "experience",
        _ when field.StartsWith("diplomas", StringComparison.Ordinal) => "diplomas",
        _ when field.StartsWith("sectorTables", StringComparison.Ordinal) => "sectorTables",
        _ => field,
    };
}

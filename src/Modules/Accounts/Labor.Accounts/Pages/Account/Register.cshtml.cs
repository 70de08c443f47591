using Labor.BuildingBlocks.Web;
using FluentValidation;
using Labor.Accounts.Resources;
using Labor.Accounts.SignUp;
using Labor.BuildingBlocks.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Labor.Accounts.Pages.Account;

[EnableRateLimiting(RateLimits.Account)]
internal sealed class RegisterModel(Registrar registrar, IValidator<SignUpRequest> validator, IStringLocalizer<Texts> text) : FormPage
{
    [BindProperty]
    public string? Kind { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty]
    public string? OrganisationName { get; set; }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var request = new SignUpRequest(Email, Password, Kind, Kind == "employer" ? OrganisationName : null, Language);
        var validation = await validator.ValidateAsync(request, cancellationToken);
        if (!validation.IsValid)
        {
            AddErrors(text, validation);
            return Page();
        }

        if ((await registrar.RegisterAsync(request, cancellationToken)).Count > 0)
        {
            AddErrors(text, ["password"]);
            return Page();
        }

        return RedirectToPage("/Account/CheckMail");
    }
}

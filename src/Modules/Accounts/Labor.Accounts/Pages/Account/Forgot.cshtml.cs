using Labor.BuildingBlocks.Web;
using FluentValidation;
using Labor.Accounts.Reset;
using Labor.Accounts.Resources;
using Labor.BuildingBlocks.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Labor.Accounts.Pages.Account;

[EnableRateLimiting(RateLimits.Account)]
internal sealed class ForgotModel(PasswordReset reset, IValidator<ForgotPasswordRequest> validator, IStringLocalizer<Texts> text) : FormPage
{
    [BindProperty]
    public string? Email { get; set; }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var validation = await validator.ValidateAsync(new ForgotPasswordRequest(Email), cancellationToken);
        if (!validation.IsValid)
        {
            AddErrors(text, validation);
            return Page();
        }

        await reset.RequestAsync(Email!, cancellationToken);
        return RedirectToPage("/Account/CheckMail");
    }
}

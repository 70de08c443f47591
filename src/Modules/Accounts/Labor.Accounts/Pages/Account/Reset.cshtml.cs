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
internal sealed class ResetModel(PasswordReset reset, IValidator<ResetPasswordRequest> validator, IStringLocalizer<Texts> text) : FormPage
{
    [BindProperty(SupportsGet = true)]
    public new Guid? User { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    public bool Done { get; private set; }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var request = new ResetPasswordRequest(User, Code, Password);
        var validation = await validator.ValidateAsync(request, cancellationToken);
        if (!validation.IsValid)
        {
            AddErrors(text, validation);
            return Page();
        }

        IReadOnlyList<string> refusals = await reset.ResetAsync(request);
        if (refusals.Count > 0)
        {
            AddErrors(text, [refusals.Contains(PasswordReset.InvalidLink) ? "code" : "password"]);
            return Page();
        }

        Done = true;
        return Page();
    }
}

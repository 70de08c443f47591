using FluentValidation;
using Labor.Accounts.Domain;
using Labor.Accounts.Passwords;
using Labor.Accounts.Resources;
using Labor.BuildingBlocks.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Labor.Accounts.Pages.Account;

/// <summary>Changing one's password ends the other sessions; this browser stays signed in with the new stamp.</summary>
[Authorize]
internal sealed class PasswordModel(
    SignInManager<LaborUser> signIn, PasswordChange change, IValidator<ChangePasswordRequest> validator, IStringLocalizer<Texts> text) : FormPage
{
    [BindProperty]
    public string? CurrentPassword { get; set; }

    [BindProperty]
    public string? NewPassword { get; set; }

    public bool Done { get; private set; }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var request = new ChangePasswordRequest(CurrentPassword, NewPassword);
        var validation = await validator.ValidateAsync(request, cancellationToken);
        if (!validation.IsValid)
        {
            AddErrors(text, validation);
            return Page();
        }

        if (await signIn.UserManager.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        IReadOnlyDictionary<string, string[]> refusals = await change.ChangeAsync(user, request);
        if (refusals.Count > 0)
        {
            AddErrors(text, refusals.Keys);
            return Page();
        }

        await signIn.RefreshSignInAsync(user);
        Done = true;
        return Page();
    }
}

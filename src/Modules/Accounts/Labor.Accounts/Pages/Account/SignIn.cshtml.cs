using Labor.BuildingBlocks.Web;
using Labor.Accounts.Domain;
using Labor.BuildingBlocks.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Labor.Accounts.Pages.Account;

[EnableRateLimiting(RateLimits.Account)]
internal sealed class SignInModel(SignInManager<LaborUser> signIn) : FormPage
{
    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool Refused { get; private set; }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!string.IsNullOrWhiteSpace(Email) && !string.IsNullOrEmpty(Password) && Email.Length <= 256 && Password.Length <= 256)
        {
            var result = await signIn.PasswordSignInAsync(Email.Trim(), Password, isPersistent: false, lockoutOnFailure: true);
            if (result.Succeeded)
            {
                return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : await StartPageAsync(Email.Trim()));
            }
        }

        Refused = true;
        return Page();
    }

    /// <summary>Where a person lands after signing in when no page asked for it: their own work place.</summary>
    private async Task<string> StartPageAsync(string email)
    {
        LaborUser? user = await signIn.UserManager.FindByEmailAsync(email);
        IList<string> roles = user is null ? [] : await signIn.UserManager.GetRolesAsync(user);
        return roles.Contains(Roles.Jobseeker) ? "/mijn-profiel" : roles.Contains(Roles.Employer) ? "/werkgever" : "/";
    }
}

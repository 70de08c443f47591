using Labor.BuildingBlocks.Web;
using Labor.Accounts.Domain;
using Labor.Accounts.SignIn;
using Labor.BuildingBlocks.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Labor.Accounts.Pages.Account;

[EnableRateLimiting(RateLimits.Account)]
internal sealed class SignInModel(SignInManager<LaborUser> signIn, PasswordSignIn passwords) : FormPage
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
            if (await passwords.CheckAsync(Email, Password, HttpContext.Connection.RemoteIpAddress, HttpContext.RequestAborted) is { } user)
            {
                await signIn.SignInAsync(user, isPersistent: false);
                return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : await StartPageAsync(user));
            }
        }

        Refused = true;
        return Page();
    }

    /// <summary>Where a person lands after signing in when no page asked for it: their own work place.</summary>
    private async Task<string> StartPageAsync(LaborUser user)
    {
        IList<string> roles = await signIn.UserManager.GetRolesAsync(user);
        return roles.Contains(Roles.Jobseeker) ? "/mijn-profiel" : roles.Contains(Roles.Employer) ? "/werkgever" : "/";
    }
}

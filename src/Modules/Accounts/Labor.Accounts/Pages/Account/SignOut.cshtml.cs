using Labor.BuildingBlocks.Web;
using Labor.Accounts.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Labor.Accounts.Pages.Account;

/// <summary>Signing out is a POST (with antiforgery), so no link on another site can sign someone out.</summary>
internal sealed class SignOutModel(SignInManager<LaborUser> signIn) : FormPage
{
    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return LocalRedirect("/");
    }
}

using Labor.BuildingBlocks.Web;
using Labor.Accounts.Domain;
using Labor.Accounts.Sessions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Labor.Accounts.Pages.Account;

/// <summary>
/// Signing out is a POST (with antiforgery), so no link on another site can sign someone out. It ends the account's
/// sessions on every device: someone who signs out on a shared computer wants the other sessions gone too (ADR 13).
/// </summary>
internal sealed class SignOutModel(SignInManager<LaborUser> signIn, SessionStamps sessions) : FormPage
{
    public async Task<IActionResult> OnPostAsync()
    {
        if (await signIn.UserManager.GetUserAsync(User) is { } user)
        {
            await sessions.EndAllAsync(user);
        }

        await signIn.SignOutAsync();
        return LocalRedirect("/");
    }
}

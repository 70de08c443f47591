using System.Security.Claims;
using Labor.Accounts.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Labor.Accounts.Sessions;

/// <summary>
/// Whether a cookie or bearer token still belongs to a live session: its security stamp is the account's current one.
/// A password reset or change, a role change and a sign-out give the account a new stamp (<see cref="EndAllAsync"/>),
/// so every cookie and token issued before stops working on its next request, on every host (ADR 13).
/// </summary>
internal sealed class SessionStamps(AccountsDbContext db, UserManager<Domain.LaborUser> users, IOptions<IdentityOptions> identity)
{
    public async Task<bool> IsCurrentAsync(ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        ClaimsIdentityOptions claims = identity.Value.ClaimsIdentity;
        if (!Guid.TryParse(principal.FindFirstValue(claims.UserIdClaimType), out Guid userId)
            || principal.FindFirstValue(claims.SecurityStampClaimType) is not { } stamp)
        {
            return false;
        }

        return await db.Users.AnyAsync(user => user.Id == userId && user.SecurityStamp == stamp, cancellationToken);
    }

    /// <summary>Ends every session and token of the account, on every device.</summary>
    public async Task EndAllAsync(Domain.LaborUser user)
    {
        IdentityResult result = await users.UpdateSecurityStampAsync(user);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Sessions not ended: " + string.Join(", ", result.Errors.Select(e => e.Description)));
        }
    }
}

using System.Security.Claims;
using Labor.Accounts.Data;
using Labor.Accounts.Domain;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Labor.Accounts.Sessions;

/// <summary>
/// Refresh tokens that rotate: each is good for one use and brings the next of its family; a second use of any token
/// of a family revokes the family and ends every session of the account, as only a thief or a replay reuses one
/// (OAuth 2.0 Security Best Current Practice, refresh token rotation; ADR 13).
/// </summary>
internal sealed class RefreshTokens(
    AccountsDbContext db, SignInManager<LaborUser> signIn, SessionStamps sessions, IOptionsMonitor<BearerTokenOptions> bearer, TimeProvider time,
    ILogger<RefreshTokens> logger)
{
    /// <summary>Carries the id of the refresh token in both tokens the bearer scheme hands out.</summary>
    public const string ClaimType = "labor:refresh";

    /// <summary>The principal to sign in with the bearer scheme: its refresh token is remembered first.</summary>
    public async Task<ClaimsPrincipal> IssueAsync(LaborUser user, Guid? family, CancellationToken cancellationToken)
    {
        DateTimeOffset now = time.GetUtcNow();
        var token = new RefreshToken
        {
            Id = Guid.CreateVersion7(now),
            FamilyId = family ?? Guid.CreateVersion7(now),
            UserId = user.Id,
            IssuedAt = now,
            ExpiresAt = now + Options.RefreshTokenExpiration,
        };
        db.RefreshTokens.Add(token);
        await db.SaveChangesAsync(cancellationToken);

        ClaimsPrincipal principal = await signIn.CreateUserPrincipalAsync(user);
        ((ClaimsIdentity)principal.Identity!).AddClaim(new Claim(ClaimType, token.Id.ToString()));
        return principal;
    }

    /// <returns>The principal for the next pair of tokens, or null when the refresh token is invalid, expired or used.</returns>
    public async Task<ClaimsPrincipal?> RotateAsync(string refreshToken, CancellationToken cancellationToken)
    {
        DateTimeOffset now = time.GetUtcNow();
        if (Options.RefreshTokenProtector.Unprotect(refreshToken) is not { Properties.ExpiresUtc: { } expires } ticket || now >= expires
            || !Guid.TryParse(ticket.Principal.FindFirstValue(ClaimType), out Guid id)
            || await signIn.ValidateSecurityStampAsync(ticket.Principal) is not { } user)
        {
            return null;
        }

        // One statement decides which of two simultaneous uses wins, on any host.
        int claimed = await db.RefreshTokens
            .Where(t => t.Id == id && t.UserId == user.Id && t.UsedAt == null && t.RevokedAt == null && t.ExpiresAt > now)
            .ExecuteUpdateAsync(set => set.SetProperty(t => t.UsedAt, now), cancellationToken);
        if (claimed == 1)
        {
            Guid family = await db.RefreshTokens.Where(t => t.Id == id).Select(t => t.FamilyId).SingleAsync(cancellationToken);
            return await IssueAsync(user, family, cancellationToken);
        }

        if (await db.RefreshTokens.Where(t => t.Id == id && t.UserId == user.Id).Select(t => (Guid?)t.FamilyId).SingleOrDefaultAsync(cancellationToken) is Guid reused)
        {
            await db.RefreshTokens.Where(t => t.FamilyId == reused && t.RevokedAt == null)
                .ExecuteUpdateAsync(set => set.SetProperty(t => t.RevokedAt, now), cancellationToken);
            await sessions.EndAllAsync(user);
            logger.LogWarning("A used refresh token of account {UserId} came back: its family is revoked and its sessions ended", user.Id);
        }

        return null;
    }

    private BearerTokenOptions Options => bearer.Get(IdentityConstants.BearerScheme);
}

using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Labor.Accounts.Sessions;

/// <summary>
/// The authentication events that refuse a cookie or bearer token of an ended session, on every request (ADR 13):
/// they replace Identity's security-stamp validator, which checks only every half hour and not bearer tokens at all.
/// </summary>
internal static class LiveSessions
{
    public static async Task ValidateCookieAsync(CookieValidatePrincipalContext context)
    {
        SessionStamps sessions = context.HttpContext.RequestServices.GetRequiredService<SessionStamps>();
        if (context.Principal is null || !await sessions.IsCurrentAsync(context.Principal, context.HttpContext.RequestAborted))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
        }
    }

    /// <summary>Reads the token as the bearer handler would, and lets it through only while its session lives.</summary>
    public static async Task AuthenticateBearerAsync(MessageReceivedContext context)
    {
        string authorization = context.Request.Headers.Authorization.ToString();
        if (!authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            context.NoResult();
            return;
        }

        BearerTokenOptions options = context.Options;
        TimeProvider time = options.TimeProvider ?? TimeProvider.System;
        SessionStamps sessions = context.HttpContext.RequestServices.GetRequiredService<SessionStamps>();
        if (options.BearerTokenProtector.Unprotect(authorization["Bearer ".Length..].Trim()) is not { Properties.ExpiresUtc: { } expires } ticket
            || time.GetUtcNow() >= expires)
        {
            context.Fail("The token is invalid or expired.");
        }
        else if (!await sessions.IsCurrentAsync(ticket.Principal, context.HttpContext.RequestAborted))
        {
            context.Fail("The session of this token has ended.");
        }
        else
        {
            context.Principal = ticket.Principal;
            context.Properties = ticket.Properties;
            context.Success();
        }
    }
}

using FluentValidation;
using Labor.Accounts.Domain;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Labor.Accounts.SignIn;

internal sealed record SignInRequest(string? Email, string? Password);

internal sealed record RefreshRequest(string? RefreshToken);

internal sealed class SignInValidator : AbstractValidator<SignInRequest>
{
    public SignInValidator()
    {
        RuleFor(r => r.Email).NotEmpty().MaximumLength(256);
        RuleFor(r => r.Password).NotEmpty().MaximumLength(256);
    }
}

internal sealed class RefreshValidator : AbstractValidator<RefreshRequest>
{
    public RefreshValidator() => RuleFor(r => r.RefreshToken).NotEmpty().MaximumLength(4000);
}

/// <summary>Bearer tokens for the HTTP API (Identity's bearer scheme: opaque, protected by the shared key ring).</summary>
internal static class TokenEndpoints
{
    /// <summary>One answer for every failure, so it tells nobody whether the address exists or is confirmed.</summary>
    public const string Refused = "The e-mail address or password is wrong, the address is not confirmed yet, or the account is locked for a while after repeated failures.";

    public static async Task<Results<EmptyHttpResult, ProblemHttpResult>> TokenAsync(SignInRequest request, SignInManager<LaborUser> signIn)
    {
        signIn.AuthenticationScheme = IdentityConstants.BearerScheme;
        SignInResult result = await signIn.PasswordSignInAsync(request.Email!.Trim(), request.Password!, isPersistent: false, lockoutOnFailure: true);
        return result.Succeeded
            ? TypedResults.Empty // the bearer handler has written the token response
            : TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in refused.", detail: Refused);
    }

    public static async Task<Results<SignInHttpResult, ProblemHttpResult>> RefreshAsync(
        RefreshRequest request, SignInManager<LaborUser> signIn, IOptionsMonitor<BearerTokenOptions> bearer, TimeProvider time)
    {
        var ticket = bearer.Get(IdentityConstants.BearerScheme).RefreshTokenProtector.Unprotect(request.RefreshToken);
        if (ticket?.Properties.ExpiresUtc is not { } expires || time.GetUtcNow() >= expires ||
            await signIn.ValidateSecurityStampAsync(ticket.Principal) is not { } user)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "The refresh token is invalid or expired.");
        }

        return TypedResults.SignIn(await signIn.CreateUserPrincipalAsync(user), authenticationScheme: IdentityConstants.BearerScheme);
    }
}

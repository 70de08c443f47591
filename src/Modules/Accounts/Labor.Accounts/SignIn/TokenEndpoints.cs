using FluentValidation;
using Labor.Accounts.Domain;
using Labor.Accounts.Sessions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

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
    public const string Refused = "The e-mail address or password is wrong, the address is not confirmed yet, or this device is held back for a while after repeated failures.";

    public static async Task<Results<SignInHttpResult, ProblemHttpResult>> TokenAsync(
        SignInRequest request, PasswordSignIn passwords, RefreshTokens refreshTokens, HttpContext http, CancellationToken cancellationToken)
    {
        LaborUser? user = await passwords.CheckAsync(request.Email!, request.Password!, http.Connection.RemoteIpAddress, cancellationToken);
        return user is null
            ? TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in refused.", detail: Refused)
            : TypedResults.SignIn(await refreshTokens.IssueAsync(user, family: null, cancellationToken), authenticationScheme: IdentityConstants.BearerScheme);
    }

    public static async Task<Results<SignInHttpResult, ProblemHttpResult>> RefreshAsync(
        RefreshRequest request, RefreshTokens refreshTokens, CancellationToken cancellationToken) =>
        await refreshTokens.RotateAsync(request.RefreshToken!, cancellationToken) is { } principal
            ? TypedResults.SignIn(principal, authenticationScheme: IdentityConstants.BearerScheme)
            : TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "The refresh token is invalid, expired or already used.");
}

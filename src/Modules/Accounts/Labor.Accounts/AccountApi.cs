using System.Diagnostics;
using System.Security.Claims;
using Labor.Accounts.Domain;
using Labor.Accounts.Passwords;
using Labor.Accounts.Reset;
using Labor.Accounts.Sessions;
using Labor.Accounts.SignIn;
using Labor.Accounts.SignUp;
using Labor.Accounts.Users;
using Labor.BuildingBlocks.Outcomes;
using Labor.BuildingBlocks.Security;
using Labor.BuildingBlocks.Web;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;

namespace Labor.Accounts;

internal static class AccountApi
{
    private const string CheckYourMail = "If the address can be used, a mail with a link is on its way to it.";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        RouteGroupBuilder account = endpoints.MapGroup("/api/account").WithTags("Account");
        account.MapPost("/register", RegisterAsync).Validate<SignUpRequest>().AllowAnonymous().RequireRateLimiting(RateLimits.Account)
            .WithSummary("Signs up a jobseeker or an employer. The answer is the same whether or not the address already has an account.");
        account.MapPost("/token", TokenEndpoints.TokenAsync).Validate<SignInRequest>().AllowAnonymous().RequireRateLimiting(RateLimits.Account)
            .Produces<AccessTokenResponse>().WithSummary("Signs in for the API: a bearer token and a refresh token.");
        account.MapPost("/refresh", TokenEndpoints.RefreshAsync).Validate<RefreshRequest>().AllowAnonymous().RequireRateLimiting(RateLimits.Account)
            .Produces<AccessTokenResponse>().WithSummary("A new bearer token for a refresh token.");
        account.MapPost("/forgot-password", ForgotAsync).Validate<ForgotPasswordRequest>().AllowAnonymous().RequireRateLimiting(RateLimits.Account)
            .WithSummary("Mails a reset link if the address has an account; the answer does not say whether it has.");
        account.MapPost("/reset-password", ResetAsync).Validate<ResetPasswordRequest>().AllowAnonymous().RequireRateLimiting(RateLimits.Account)
            .WithSummary("Sets a new password with the code from the reset or invitation mail.");
        account.MapGet("/me", MeAsync).RequireAuthorization().WithSummary("Who is signed in.");
        account.MapPost("/sign-out", SignOutAsync).RequireAuthorization()
            .WithSummary("Signs out everywhere: every cookie, bearer token and refresh token of the account stops working.");
        account.MapPost("/password", ChangePasswordAsync).Validate<ChangePasswordRequest>().RequireAuthorization().RequireRateLimiting(RateLimits.Account)
            .Produces<AccessTokenResponse>()
            .WithSummary("Changes the password: every other session and token ends; the answer holds new tokens for this client.");

        RouteGroupBuilder admin = endpoints.MapGroup("/api/admin/users").WithTags("Admin").RequireAuthorization(Policies.Admin);
        admin.MapGet("/", ListAsync).WithSummary("The most recent accounts.");
        admin.MapPost("/", InviteAsync).Validate<NewUserRequest>().WithSummary("Creates an account with a role and mails an invitation.");
        admin.MapPut("/{id:guid}/role", ChangeRoleAsync).Validate<RoleChangeRequest>()
            .WithSummary("Gives an account another role and ends its sessions. Not for jobseekers' accounts or one's own.");
    }

    private static async Task<Results<Accepted<Message>, ProblemHttpResult>> RegisterAsync(SignUpRequest request, Registrar registrar, CancellationToken cancellationToken)
    {
        IReadOnlyList<string> refusals = await registrar.RegisterAsync(request, cancellationToken);
        return refusals.Count > 0
            ? Refusal.Invalid(new Dictionary<string, string[]> { ["password"] = [.. refusals] }).ToProblem()
            : TypedResults.Accepted((string?)null, new Message(CheckYourMail));
    }

    private static async Task<Accepted<Message>> ForgotAsync(ForgotPasswordRequest request, PasswordReset reset, CancellationToken cancellationToken)
    {
        await reset.RequestAsync(request.Email!, cancellationToken);
        return TypedResults.Accepted((string?)null, new Message(CheckYourMail));
    }

    private static async Task<Results<Ok<Message>, ProblemHttpResult>> ResetAsync(ResetPasswordRequest request, PasswordReset reset)
    {
        IReadOnlyList<string> refusals = await reset.ResetAsync(request);
        return refusals.Count > 0
            ? Refusal.Invalid(new Dictionary<string, string[]> { [refusals.Contains(PasswordReset.InvalidLink) ? "code" : "password"] = [.. refusals] }).ToProblem()
            : TypedResults.Ok(new Message("Your password has been changed. You can sign in now."));
    }

    private static async Task<Results<Ok<CurrentUser>, UnauthorizedHttpResult>> MeAsync(ClaimsPrincipal principal, UserManager<LaborUser> users)
    {
        LaborUser? user = await users.GetUserAsync(principal);
        if (user is null)
        {
            return TypedResults.Unauthorized();
        }

        IList<string> roles = await users.GetRolesAsync(user);
        return TypedResults.Ok(new CurrentUser(user.Id, user.Email!, roles.Single(), user.OrganisationId, user.OrganisationName, user.Language));
    }

    private static async Task<Results<NoContent, UnauthorizedHttpResult>> SignOutAsync(ClaimsPrincipal principal, UserManager<LaborUser> users, SessionStamps sessions)
    {
        if (await users.GetUserAsync(principal) is not { } user)
        {
            return TypedResults.Unauthorized();
        }

        await sessions.EndAllAsync(user);
        return TypedResults.NoContent();
    }

    private static async Task<Results<SignInHttpResult, ProblemHttpResult, UnauthorizedHttpResult>> ChangePasswordAsync(
        ChangePasswordRequest request, ClaimsPrincipal principal, UserManager<LaborUser> users, PasswordChange change, RefreshTokens refreshTokens,
        CancellationToken cancellationToken)
    {
        if (await users.GetUserAsync(principal) is not { } user)
        {
            return TypedResults.Unauthorized();
        }

        IReadOnlyDictionary<string, string[]> refusals = await change.ChangeAsync(user, request);
        return refusals.Count > 0
            ? Refusal.Invalid(refusals).ToProblem()
            : TypedResults.SignIn(await refreshTokens.IssueAsync(user, family: null, cancellationToken), authenticationScheme: IdentityConstants.BearerScheme);
    }

    private static async Task<Results<NoContent, NotFound, ProblemHttpResult>> ChangeRoleAsync(
        Guid id, RoleChangeRequest request, ClaimsPrincipal principal, AccountDirectory directory, CancellationToken cancellationToken) =>
        await directory.ChangeRoleAsync(id, request, principal.UserId()!.Value, cancellationToken) switch
        {
            RoleChange.Changed => TypedResults.NoContent(),
            RoleChange.OrganisationNeeded => Refusal.Invalid("organisationName", "An employer acts for an organisation: name it.").ToProblem(),
            RoleChange.NotFound => TypedResults.NotFound(),
            RoleChange.OwnAccount => Refusal.Conflict("An admin does not change their own role.").ToProblem(),
            RoleChange.JobseekerAccount => Refusal.Conflict("A jobseeker's account is their profile: it neither gets nor loses the jobseeker role.").ToProblem(),
            _ => throw new UnreachableException(),
        };

    private static async Task<Ok<IReadOnlyList<UserSummary>>> ListAsync(AccountDirectory directory, CancellationToken cancellationToken) =>
        TypedResults.Ok(await directory.ListAsync(200, cancellationToken));

    private static async Task<Results<Created<UserSummary>, ProblemHttpResult>> InviteAsync(NewUserRequest request, AccountDirectory directory, CancellationToken cancellationToken)
    {
        UserSummary? created = await directory.InviteAsync(request, cancellationToken);
        return created is null
            ? Refusal.Conflict("This e-mail address already has an account.").ToProblem()
            : TypedResults.Created($"/api/admin/users/{created.Id}", created);
    }
}

internal sealed record Message(string Text);

internal sealed record CurrentUser(Guid Id, string Email, string Role, Guid? OrganisationId, string? OrganisationName, string Language);

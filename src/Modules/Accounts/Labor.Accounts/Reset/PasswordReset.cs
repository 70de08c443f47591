using Labor.BuildingBlocks.Web;
using FluentValidation;
using Labor.Accounts.Domain;
using Labor.Accounts.Mails;
using Labor.Accounts.SignIn;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;

namespace Labor.Accounts.Reset;

internal sealed record ForgotPasswordRequest(string? Email);

internal sealed record ResetPasswordRequest(Guid? UserId, string? Code, string? Password);

internal sealed class ForgotPasswordValidator : AbstractValidator<ForgotPasswordRequest>
{
    public ForgotPasswordValidator() => RuleFor(r => r.Email).NotEmpty().MaximumLength(256).MailAddress();
}

internal sealed class ResetPasswordValidator : AbstractValidator<ResetPasswordRequest>
{
    public ResetPasswordValidator()
    {
        RuleFor(r => r.UserId).NotEmpty();
        RuleFor(r => r.Code).NotEmpty().MaximumLength(2000);
        RuleFor(r => r.Password).NotEmpty().MaximumLength(256);
    }
}

/// <summary>Forgotten passwords, and invitations (an invitation is a reset link for an account without a password).</summary>
internal sealed class PasswordReset(UserManager<LaborUser> users, AccountMailer mailer, EqualAnswerTime answerTime, ILogger<PasswordReset> logger)
{
    /// <summary>Mails a reset link when the address has an account; says nothing, not even by its time, about whether it has.</summary>
    public Task RequestAsync(string email, CancellationToken cancellationToken) =>
        answerTime.AtLeastFloorAsync(() => MailLinkAsync(email, cancellationToken));

    private async Task MailLinkAsync(string email, CancellationToken cancellationToken)
    {
        LaborUser? user = await users.FindByEmailAsync(email.Trim());
        if (user is null)
        {
            return;
        }

        if (user.EmailConfirmed)
        {
            await mailer.SendPasswordResetAsync(user, invitation: false, cancellationToken);
        }
        else
        {
            await mailer.SendConfirmationAsync(user, cancellationToken);
        }
    }

    /// <returns>Why it failed (an invalid or expired link, or a refused password), or an empty list.</returns>
    public async Task<IReadOnlyList<string>> ResetAsync(ResetPasswordRequest request)
    {
        LaborUser? user = await users.FindByIdAsync(request.UserId!.Value.ToString());
        string? token = AccountMailer.Decode(request.Code);
        if (user is null || token is null)
        {
            return [InvalidLink];
        }

        IdentityResult result = await users.ResetPasswordAsync(user, token, request.Password!);
        if (!result.Succeeded)
        {
            return [.. result.Errors.Select(e => e.Code == "InvalidToken" ? InvalidLink : e.Description)];
        }

        // The link reached the mailbox, which proves the address as well as a confirmation link would.
        if (!user.EmailConfirmed)
        {
            user.EmailConfirmed = true;
            await users.UpdateAsync(user);
        }

        await users.ResetAccessFailedCountAsync(user);
        logger.LogInformation("Account {UserId} chose a new password", user.Id);
        return [];
    }

    public const string InvalidLink = "This link is invalid or has expired. Ask for a new one.";
}

using FluentValidation;
using Labor.Accounts.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;

namespace Labor.Accounts.Passwords;

internal sealed record ChangePasswordRequest(string? CurrentPassword, string? NewPassword);

internal sealed class ChangePasswordValidator : AbstractValidator<ChangePasswordRequest>
{
    public ChangePasswordValidator()
    {
        RuleFor(r => r.CurrentPassword).NotEmpty().MaximumLength(256);
        RuleFor(r => r.NewPassword).NotEmpty().MaximumLength(256);
    }
}

/// <summary>
/// A signed-in person chooses a new password. Identity gives the account a new security stamp, which ends every
/// other session and token of the account (ADR 13); the caller signs the current one in again.
/// </summary>
internal sealed class PasswordChange(UserManager<LaborUser> users, ILogger<PasswordChange> logger)
{
    /// <returns>The refusals by field ("currentPassword", "newPassword"); empty when the password was changed.</returns>
    public async Task<IReadOnlyDictionary<string, string[]>> ChangeAsync(LaborUser user, ChangePasswordRequest request)
    {
        IdentityResult result = await users.ChangePasswordAsync(user, request.CurrentPassword!, request.NewPassword!);
        if (!result.Succeeded)
        {
            return result.Errors
                .GroupBy(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? "currentPassword" : "newPassword")
                .ToDictionary(g => g.Key, g => g.Select(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? WrongPassword : e.Description).ToArray());
        }

        logger.LogInformation("Account {UserId} changed its password; its other sessions ended", user.Id);
        return new Dictionary<string, string[]>();
    }

    public const string WrongPassword = "The current password is not right.";
}

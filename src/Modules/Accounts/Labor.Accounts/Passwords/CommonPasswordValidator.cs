using Labor.Accounts.Domain;
using Microsoft.AspNetCore.Identity;

namespace Labor.Accounts.Passwords;

/// <summary>
/// Refuses passwords that meet the length rule but are easy to guess (NIST SP 800-63B asks for exactly these checks
/// instead of composition rules): a listed common or breached password, a trivial one, or one that contains the
/// account's own e-mail address or the platform's name. Descriptions are English, like Identity's own: the API
/// returns them, and the pages show their own Dutch or English text for the field.
/// </summary>
internal sealed class CommonPasswordValidator : IPasswordValidator<LaborUser>
{
    /// <summary>The platform's name: the first word someone reaches for when a site asks for a password.</summary>
    public const string PlatformName = "labor";

    // Shorter local parts ("jan", "ab") occur inside ordinary words and passphrases.
    private const int ShortestLocalPart = 4;

    public Task<IdentityResult> ValidateAsync(UserManager<LaborUser> manager, LaborUser user, string? password)
    {
        if (string.IsNullOrEmpty(password))
        {
            return Task.FromResult(IdentityResult.Success); // Identity's own length rule refuses it
        }

        List<IdentityError> errors = [];
        if (CommonPasswordList.Contains(password))
        {
            errors.Add(Error("PasswordCommon", "This password is on a list of common and breached passwords. Choose another one."));
        }

        if (TrivialPasswords.IsTrivial(password))
        {
            errors.Add(Error("PasswordTrivial", "Passwords must not be one character or a short group repeated, or a sequence such as 1234567890."));
        }

        if (ContainsAddress(password, user.Email))
        {
            errors.Add(Error("PasswordContainsEmail", "Passwords must not contain your e-mail address."));
        }

        if (password.Contains(PlatformName, StringComparison.OrdinalIgnoreCase))
        {
            errors.Add(Error("PasswordContainsPlatformName", "Passwords must not contain the name Labor."));
        }

        return Task.FromResult(errors.Count == 0 ? IdentityResult.Success : IdentityResult.Failed([.. errors]));
    }

    private static bool ContainsAddress(string password, string? email)
    {
        if (string.IsNullOrWhiteSpace(email))
        {
            return false;
        }

        string address = email.Trim();
        string localPart = address[..Math.Max(0, address.LastIndexOf('@'))];
        return password.Contains(address, StringComparison.OrdinalIgnoreCase)
            || (localPart.Length >= ShortestLocalPart && password.Contains(localPart, StringComparison.OrdinalIgnoreCase));
    }

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}

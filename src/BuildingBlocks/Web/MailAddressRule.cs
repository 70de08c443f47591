using System.Globalization;
using FluentValidation;

namespace Labor.BuildingBlocks.Web;

/// <summary>
/// The one rule for e-mail addresses people give: FluentValidation's check (something either side of an @) and a
/// domain that is a host name (dot-separated labels of letters, digits and hyphens; international names through
/// IDNA). "a@b&lt;c" passes the first and is refused by every mail server, which is a 400 here rather than a failed
/// mail (and a 500) after an account was made.
/// </summary>
public static class MailAddressRule
{
    public static IRuleBuilderOptions<T, string?> MailAddress<T>(this IRuleBuilder<T, string?> rule) =>
        rule.EmailAddress().Must(IsDeliverable).WithMessage("'{PropertyName}' is not an e-mail address that mail can be delivered to.");

    public static bool IsDeliverable(string? address)
    {
        if (string.IsNullOrEmpty(address))
        {
            return true; // NotEmpty speaks for a missing address
        }

        int at = address.LastIndexOf('@');
        if (at <= 0 || at == address.Length - 1 || address[..at].Any(c => char.IsWhiteSpace(c) || "<>()[],;:\\\"".Contains(c)))
        {
            return false;
        }

        string domain;
        try
        {
            domain = new IdnMapping().GetAscii(address[(at + 1)..]);
        }
        catch (ArgumentException)
        {
            return false;
        }

        string[] labels = domain.Split('.');
        return labels.Length >= 2 && labels.All(label => label.Length is > 0 and <= 63 && label[0] != '-' && label[^1] != '-'
            && label.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'));
    }
}

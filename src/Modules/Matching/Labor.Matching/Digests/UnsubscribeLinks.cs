using System.Security.Cryptography;
using Labor.BuildingBlocks.Web;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace Labor.Matching.Digests;

/// <summary>
/// The signed link in every digest that unsubscribes its receiver without signing in (RFC 8058). Signed with the
/// platform's data-protection keys, which every host shares; it does not expire, because an old mail's link must
/// still work.
/// </summary>
internal sealed class UnsubscribeLinks(IDataProtectionProvider protection, IOptions<PublicUrlOptions> site)
{
    public const string PagePath = "/uitschrijven";

    private readonly IDataProtector _protector = protection.CreateProtector("Labor.Matching.Digests.Unsubscribe.v1");

    public Uri For(Guid jobseekerId) => site.Value.Link($"{PagePath}/{Token(jobseekerId)}");

    public string Token(Guid jobseekerId) => WebEncoders.Base64UrlEncode(_protector.Protect(jobseekerId.ToByteArray()));

    /// <returns>The jobseeker the token was made for, or null when it is not one of ours.</returns>
    public Guid? Read(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 500)
        {
            return null;
        }

        try
        {
            byte[] id = _protector.Unprotect(WebEncoders.Base64UrlDecode(token));
            return id.Length == 16 ? new Guid(id) : null;
        }
        catch (Exception e) when (e is CryptographicException or FormatException)
        {
            return null;
        }
    }
}

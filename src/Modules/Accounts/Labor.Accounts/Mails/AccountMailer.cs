using System.Text;
using Labor.Accounts.Domain;
using Labor.BuildingBlocks.Mail;
using Labor.BuildingBlocks.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace Labor.Accounts.Mails;

/// <summary>The mails of the account life cycle, in the person's language, each with one clear link.</summary>
internal sealed class AccountMailer(UserManager<LaborUser> users, IMailSender mail, IOptions<PublicUrlOptions> site)
{
    public async Task SendConfirmationAsync(LaborUser user, CancellationToken cancellationToken)
    {
        string code = Encode(await users.GenerateEmailConfirmationTokenAsync(user));
        Uri link = site.Value.Link($"/account/bevestigen?user={user.Id}&code={code}");
        AccountMailText text = AccountMailText.For(user.Language);
        await SendAsync(user, text.ConfirmSubject, text.ConfirmBody, link, text, cancellationToken);
    }

    public async Task SendAlreadyRegisteredAsync(LaborUser user, CancellationToken cancellationToken)
    {
        if (!user.EmailConfirmed)
        {
            await SendConfirmationAsync(user, cancellationToken);
            return;
        }

        AccountMailText text = AccountMailText.For(user.Language);
        await SendAsync(user, text.AlreadySubject, text.AlreadyBody, site.Value.Link("/account/wachtwoord-vergeten"), text, cancellationToken);
    }

    public async Task SendPasswordResetAsync(LaborUser user, bool invitation, CancellationToken cancellationToken)
    {
        string code = Encode(await users.GeneratePasswordResetTokenAsync(user));
        Uri link = site.Value.Link($"/account/wachtwoord-herstellen?user={user.Id}&code={code}");
        AccountMailText text = AccountMailText.For(user.Language);
        await (invitation
            ? SendAsync(user, text.InviteSubject, text.InviteBody, link, text, cancellationToken)
            : SendAsync(user, text.ResetSubject, text.ResetBody, link, text, cancellationToken));
    }

    public static string? Decode(string? code)
    {
        try
        {
            return code is null ? null : Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static string Encode(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));

    private Task SendAsync(LaborUser user, string subject, string body, Uri link, AccountMailText text, CancellationToken cancellationToken) =>
        mail.SendAsync(new LinkMail(text.Language, text.Greeting, body, link, text.Button, text.Closing).To(user.Email!, subject), cancellationToken);
}

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

    private Task SendAsync(LaborUser user, string subject, string body, Uri link, AccountMailText text, CancellationToken cancellationToken)
    {
        string plain = $"{text.Greeting}\n\n{body}\n\n{link}\n\n{text.Closing}\n";
        string html = $"""
            <!DOCTYPE html><html lang="{text.Language}"><body style="font-family:sans-serif;max-width:36rem;line-height:1.5">
            <p>{Esc(text.Greeting)}</p><p>{Esc(body)}</p>
            <p><a href="{Esc(link.ToString())}" style="display:inline-block;padding:.6rem 1rem;background:#0b5cad;color:#fff;text-decoration:none;border-radius:4px">{Esc(text.Button)}</a></p>
            <p style="color:#5b6475;font-size:.9rem">{Esc(text.Closing)}</p></body></html>
            """;
        return mail.SendAsync(new OutgoingMail(user.Email!, subject, plain, html), cancellationToken);
    }

    private static string Esc(string value) => System.Net.WebUtility.HtmlEncode(value);
}

using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Labor.BuildingBlocks.Mail;

/// <summary>MailKit over SMTP, one connection per mail: account mails are few. Bulk mailing keeps its own connection.</summary>
internal sealed class SmtpMailSender(IOptions<SmtpOptions> options) : IMailSender
{
    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        SmtpOptions smtp = options.Value;
        using MimeMessage message = Compose(mail, smtp);
        using var client = new SmtpClient();
        await SmtpConnection.ConnectAsync(client, smtp, cancellationToken);

        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }

    internal static MimeMessage Compose(OutgoingMail mail, SmtpOptions smtp)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(smtp.FromName, smtp.FromAddress));
        message.To.Add(MailboxAddress.Parse(mail.To));
        message.Subject = mail.Subject;
        foreach ((string name, string value) in mail.Headers)
        {
            message.Headers.Replace(name, value); // replaces the Message-ID MimeKit made up, when the mail brings its own
        }

        var body = new BodyBuilder { TextBody = mail.Text, HtmlBody = mail.Html };
        message.Body = body.ToMessageBody();
        return message;
    }
}

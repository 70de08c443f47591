using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using Microsoft.Extensions.Logging;
using MimeKit;

namespace Labor.BuildingBlocks.Mail;

/// <summary>
/// One SMTP connection for many mails (bulk mailing). A temporary failure (a 4xx reply, a dropped connection) is
/// retried on a new connection after a pause; a permanent rejection of the recipient or the message (5xx) is
/// answered, not thrown, so the caller can record it and stop mailing that address.
/// </summary>
public sealed class SmtpSession(SmtpOptions options, TimeProvider time, ILogger logger) : IAsyncDisposable
{
    private readonly SmtpClient _client = new();

    public async Task<MailDelivery> SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        using MimeMessage message = SmtpMailSender.Compose(mail, options);
        for (int attempt = 1; ; attempt++)
        {
            try
            {
                await ConnectAsync(cancellationToken);
                await _client.SendAsync(message, cancellationToken);
                return MailDelivery.Delivered;
            }
            catch (SmtpCommandException e) when ((int)e.StatusCode >= 500 && e.ErrorCode is SmtpErrorCode.RecipientNotAccepted or SmtpErrorCode.MessageNotAccepted)
            {
                return MailDelivery.Rejected($"{(int)e.StatusCode} {e.Message}");
            }
            catch (Exception e) when (IsTemporary(e) && attempt <= options.Retries)
            {
                // The reply's text can name the recipient: log the status only.
                logger.LogWarning("SMTP attempt {Attempt} failed temporarily ({Failure}); retrying", attempt, Describe(e));
                await DropAsync();
                await Task.Delay(options.RetryDelay * attempt, time, cancellationToken);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await DropAsync();
        _client.Dispose();
    }

    private async Task ConnectAsync(CancellationToken cancellationToken)
    {
        if (!_client.IsConnected)
        {
            await SmtpConnection.ConnectAsync(_client, options, cancellationToken);
        }
    }

    private async Task DropAsync()
    {
        try
        {
            if (_client.IsConnected)
            {
                await _client.DisconnectAsync(quit: true);
            }
        }
        catch (Exception e) when (IsTemporary(e))
        {
            // Already gone: the next attempt connects afresh.
        }
    }

    private static bool IsTemporary(Exception e) => e switch
    {
        SmtpCommandException command => (int)command.StatusCode is >= 400 and < 500,
        SmtpProtocolException or ServiceNotConnectedException or IOException or SocketException => true,
        _ => false,
    };

    private static string Describe(Exception e) => e is SmtpCommandException command ? $"{(int)command.StatusCode}" : e.GetType().Name;
}

/// <summary>What the SMTP server said of one mail.</summary>
/// <param name="Rejection">The server's permanent rejection (5xx), when it refused the recipient or the message.</param>
public sealed record MailDelivery(string? Rejection)
{
    public static readonly MailDelivery Delivered = new((string?)null);

    public bool IsDelivered => Rejection is null;

    public static MailDelivery Rejected(string reply) => new(reply);
}

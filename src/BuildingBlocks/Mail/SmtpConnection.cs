using System.Net.Sockets;
using MailKit.Net.Smtp;
using MailKit.Security;

namespace Labor.BuildingBlocks.Mail;

internal static class SmtpConnection
{
    /// <summary>
    /// Connects (and signs in when credentials are configured) over a socket without Nagle's delay: a mail's body and
    /// its closing dot are two small writes, and with the delay on the second waits for the server's delayed ACK, about
    /// 40 ms per mail.
    /// </summary>
    public static async Task ConnectAsync(SmtpClient client, SmtpOptions options, CancellationToken cancellationToken)
    {
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(options.Host, options.Port, cancellationToken);
            await client.ConnectAsync(socket, options.Host, options.Port, Enum.Parse<SecureSocketOptions>(options.Security, ignoreCase: true), cancellationToken);
        }
        catch
        {
            socket.Dispose();
            throw;
        }

        if (!string.IsNullOrEmpty(options.Username))
        {
            await client.AuthenticateAsync(options.Username, options.Password ?? "", cancellationToken);
        }
    }
}

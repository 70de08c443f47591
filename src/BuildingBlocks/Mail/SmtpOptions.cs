namespace Labor.BuildingBlocks.Mail;

public sealed class SmtpOptions
{
    public const string Section = "Smtp";

    public string Host { get; set; } = "127.0.0.1";

    public int Port { get; set; } = 1025;

    /// <summary>None, StartTls, SslOnConnect or Auto (MailKit's SecureSocketOptions).</summary>
    public string Security { get; set; } = "None";

    public string? Username { get; set; }

    public string? Password { get; set; }

    public string FromAddress { get; set; } = "noreply@labor.regiozwolle.example";

    public string FromName { get; set; } = "Labor Regio Zwolle";

    /// <summary>How often bulk mailing retries a temporary failure (4xx, lost connection) before giving up the batch.</summary>
    public int Retries { get; set; } = 3;

    /// <summary>The pause before the first retry; each further retry waits this much longer.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);
}

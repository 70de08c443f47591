namespace Labor.Host.Composition;

internal sealed class RabbitMqOptions
{
    public const string Section = "RabbitMq";

    public string Host { get; set; } = "127.0.0.1";

    public ushort Port { get; set; } = 5672;

    public string VirtualHost { get; set; } = "/";

    public string Username { get; set; } = "guest";

    public string Password { get; set; } = "guest";

    /// <summary>RabbitMQ's management HTTP API, where the admin page of failed messages lists the error queues.</summary>
    public Uri ManagementUrl { get; set; } = new("http://127.0.0.1:15672/");
}

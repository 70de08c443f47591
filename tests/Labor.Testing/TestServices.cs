using System.Net.Http.Headers;
using System.Text;
using Npgsql;

namespace Labor.Testing;

/// <summary>
/// The real PostgreSQL and RabbitMQ the tests run against, from one of two sources: connection details in the
/// environment (set by scripts/test.sh after it started local services), or Testcontainers when those are absent
/// and a Docker engine can run the images. Tests see the same interface either way.
/// </summary>
public sealed class TestServices
{
    private static readonly Lazy<Task<TestServices>> Instance = new(StartAsync);

    private TestServices(string postgres, RabbitMqServer rabbit, IBrokerControl broker, (string Host, int Port) smtp, Mailbox mailbox)
    {
        PostgresServer = postgres;
        Rabbit = rabbit;
        Broker = broker;
        Smtp = smtp;
        Mailbox = mailbox;
    }

    /// <summary>Shared by every test in the run; started on first use.</summary>
    public static Task<TestServices> Shared => Instance.Value;

    /// <summary>Connection string to the server, without a database.</summary>
    public string PostgresServer { get; }

    public RabbitMqServer Rabbit { get; }

    public IBrokerControl Broker { get; }

    /// <summary>A real SMTP server that keeps what it receives, readable through <see cref="Mailbox"/>.</summary>
    public (string Host, int Port) Smtp { get; }

    public Mailbox Mailbox { get; }

    public string ConnectionStringFor(string database) => new NpgsqlConnectionStringBuilder(PostgresServer) { Database = database }.ConnectionString;

    public async Task CreateDatabaseAsync(string database)
    {
        await using var connection = new NpgsqlConnection(ConnectionStringFor("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", connection);
        await command.ExecuteNonQueryAsync();
    }

    public async Task DropDatabaseAsync(string database)
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(ConnectionStringFor("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>A virtual host per test host keeps queues apart, so hosts of parallel test classes never steal each other's messages.</summary>
    public async Task CreateVirtualHostAsync(string name)
    {
        using HttpClient management = Rabbit.Management();
        (await management.PutAsync($"api/vhosts/{name}", null)).EnsureSuccessStatusCode();
        var permissions = new StringContent("""{"configure":".*","write":".*","read":".*"}""", Encoding.UTF8, "application/json");
        (await management.PutAsync($"api/permissions/{name}/{Rabbit.Username}", permissions)).EnsureSuccessStatusCode();
    }

    public async Task DeleteVirtualHostAsync(string name)
    {
        using HttpClient management = Rabbit.Management();
        await management.DeleteAsync($"api/vhosts/{name}");
    }

    private static async Task<TestServices> StartAsync()
    {
        string? postgres = Environment.GetEnvironmentVariable("LABOR_TEST_POSTGRES");
        string? rabbit = Environment.GetEnvironmentVariable("LABOR_TEST_RABBITMQ");
        if (postgres is not null && rabbit is not null)
        {
            var uri = new Uri(rabbit);
            string[] user = uri.UserInfo.Split(':');
            var server = new RabbitMqServer(uri.Host, uri.Port, user[0], user[1],
                new Uri(Environment.GetEnvironmentVariable("LABOR_TEST_RABBITMQ_MANAGEMENT") ?? $"http://{uri.Host}:15672/"));
            string[] smtp = (Environment.GetEnvironmentVariable("LABOR_TEST_SMTP") ?? "127.0.0.1:1025").Split(':');
            var inbox = new Uri((Environment.GetEnvironmentVariable("LABOR_TEST_MAIL_INBOX") ?? "http://127.0.0.1:1080").TrimEnd('/') + "/");
            return new TestServices(postgres, server, new LocalBroker(), (smtp[0], int.Parse(smtp[1], System.Globalization.CultureInfo.InvariantCulture)), new Mailbox(inbox, mailpit: Environment.GetEnvironmentVariable("LABOR_TEST_MAIL_KIND") == "mailpit"));
        }

        Containers containers = await Containers.RunAsync();
        return new TestServices(containers.PostgresServer, containers.Rabbit, containers, containers.Smtp, new Mailbox(containers.MailpitApi, mailpit: true));
    }
}

public sealed record RabbitMqServer(string Host, int Port, string Username, string Password, Uri ManagementUri)
{
    public HttpClient Management()
    {
        var client = new HttpClient { BaseAddress = ManagementUri };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Username}:{Password}")));
        return client;
    }
}

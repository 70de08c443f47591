using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Containers;
using Testcontainers.PostgreSql;
using Testcontainers.RabbitMq;

namespace Labor.Testing;

/// <summary>PostgreSQL and RabbitMQ in Docker, for machines with a Docker engine that can run the images.</summary>
internal sealed class Containers : IBrokerControl
{
    private const int ManagementPort = 15672;
    private readonly PostgreSqlContainer _postgres;
    private readonly RabbitMqContainer _rabbit;
    private readonly IContainer _mailpit;

    private Containers(PostgreSqlContainer postgres, RabbitMqContainer rabbit, IContainer mailpit)
    {
        _postgres = postgres;
        _rabbit = rabbit;
        _mailpit = mailpit;
    }

    public (string Host, int Port) Smtp => (_mailpit.Hostname, _mailpit.GetMappedPublicPort(1025));

    public Uri MailpitApi => new($"http://{_mailpit.Hostname}:{_mailpit.GetMappedPublicPort(8025)}/");

    public string PostgresServer => _postgres.GetConnectionString();

    public RabbitMqServer Rabbit
    {
        get
        {
            var amqp = new Uri(_rabbit.GetConnectionString());
            string[] user = amqp.UserInfo.Split(':');
            return new RabbitMqServer(amqp.Host, amqp.Port, user[0], user[1],
                new Uri($"http://{_rabbit.Hostname}:{_rabbit.GetMappedPublicPort(ManagementPort)}/"));
        }
    }

    public static async Task<Containers> RunAsync()
    {
        PostgreSqlContainer postgres;
        RabbitMqContainer rabbit;
        IContainer mailpit;
        try
        {
            postgres = new PostgreSqlBuilder("postgres:17-alpine").WithCommand("-c", "max_connections=300").Build();
            rabbit = new RabbitMqBuilder("rabbitmq:3-management-alpine").WithPortBinding(ManagementPort, true).Build();
            mailpit = new ContainerBuilder("axllent/mailpit:v1.21").WithPortBinding(1025, true).WithPortBinding(8025, true)
                .WithWaitStrategy(Wait.ForUnixContainer().UntilHttpRequestIsSucceeded(request => request.ForPort(8025).ForPath("/livez"))).Build();
            await Task.WhenAll(postgres.StartAsync(), rabbit.StartAsync(), mailpit.StartAsync());
        }
        catch (Exception ex)
        {
            throw new InvalidOperationException(
                "No test services: set LABOR_TEST_POSTGRES and LABOR_TEST_RABBITMQ (scripts/test.sh does), or provide a Docker engine that can run postgres:17-alpine and rabbitmq:3-management-alpine.", ex);
        }

        return new Containers(postgres, rabbit, mailpit);
    }

    public Task StopAsync() => ExecAsync("stop_app");

    public async Task StartAsync()
    {
        await ExecAsync("start_app");
        await ExecAsync("await_startup");
    }

    private async Task ExecAsync(string command)
    {
        ExecResult result = await _rabbit.ExecAsync(["rabbitmqctl", "-q", command]);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"rabbitmqctl {command} failed: {result.Stderr}");
        }
    }
}

using System.Net;
using Labor.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using Xunit;

namespace Labor.Testing;

/// <summary>
/// The real host on Kestrel (loopback, a free port) with its own database and RabbitMQ virtual host, so test classes
/// can run side by side. Use it as a class fixture; it is one isolated installation of the platform.
/// </summary>
public partial class LaborHost : WebApplicationFactory<Program>, IAsyncLifetime
{
    /// <summary>A request header that lets a test pretend to come from another address (see <see cref="RemoteAddressFromHeader"/>).</summary>
    public const string RemoteAddressHeader = "X-Test-Remote-Address";

    private readonly LaborHost? _sibling;
    private readonly string _name;
    private TestServices _services = null!;

    public LaborHost()
        : this(sibling: null)
    {
    }

    private LaborHost(LaborHost? sibling)
    {
        _sibling = sibling;
        _name = sibling?._name ?? $"labor_test_{Guid.NewGuid():N}"[..28];
    }

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Extra configuration for this host, set before it starts (benchmarks tune the outbox with it).</summary>
    public Dictionary<string, string> Settings { get; } = [];

    /// <summary>A second host of the same installation (same database, same virtual host), as in a scaled-out deployment.</summary>
    public static LaborHost SiblingOf(LaborHost first) => new(first);

    public string ConnectionString => _services.ConnectionStringFor(_name);

    public IBrokerControl Broker => _services.Broker;

    public Mailbox Mailbox => _services.Mailbox;

    public CapturedLogs Logs { get; } = new();

    /// <summary>The host's clock: the real time, moved on when a test needs tomorrow (a new day's digest, say).</summary>
    public ShiftedClock Clock { get; } = new();

    public string VirtualHost => _name;

    public RabbitMqServer Rabbit => _services.Rabbit;

    public async Task InitializeAsync()
    {
        _services = await TestServices.Shared;
        Settings.TryAdd("Reference:Pdok:BaseUrl", (await LocalPdok.AddressAsync()).ToString());
        if (_sibling is null)
        {
            await _services.CreateDatabaseAsync(_name);
            await _services.CreateVirtualHostAsync(_name);
        }

        UseKestrel(0);
        StartServer();
        string address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        if (_sibling is null)
        {
            await _services.DropDatabaseAsync(_name);
            await _services.DeleteVirtualHostAsync(_name);
        }
    }

    public HttpClient CreateHttpClient(bool followRedirects = true) =>
        new(new HttpClientHandler { AllowAutoRedirect = followRedirects, UseCookies = true }) { BaseAddress = BaseAddress };

    public ILaborApi Api() => LaborClient.Create(CreateHttpClient());

    public async Task<T?> ScalarAsync<T>(string sql, params object[] parameters)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (object parameter in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        }

        object? result = await command.ExecuteScalarAsync();
        Type target = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
        return result switch
        {
            null or DBNull => default,
            DateTime utc when target == typeof(DateTimeOffset) => (T)(object)new DateTimeOffset(utc, TimeSpan.Zero),
            _ => (T)Convert.ChangeType(result, target, System.Globalization.CultureInfo.InvariantCulture),
        };
    }

    /// <summary>The first column of every row the query returns.</summary>
    public async Task<List<T>> ListAsync<T>(string sql, params object[] parameters)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (object parameter in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        }

        List<T> values = [];
        await using NpgsqlDataReader reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetFieldValue<T>(0));
        }

        return values;
    }

    /// <summary>
    /// What makes a host one of this installation's (its database, its virtual host) and the settings every test host
    /// runs with; a <see cref="HostProcess"/> of the installation gets the same.
    /// </summary>
    internal Dictionary<string, string> InstallationSettings()
    {
        RabbitMqServer rabbit = _services.Rabbit;
        return new()
        {
            ["ConnectionStrings:Labor"] = ConnectionString,
            ["RabbitMq:Host"] = rabbit.Host,
            ["RabbitMq:Port"] = rabbit.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["RabbitMq:VirtualHost"] = _name,
            ["RabbitMq:Username"] = rabbit.Username,
            ["RabbitMq:Password"] = rabbit.Password,
            ["RabbitMq:ManagementUrl"] = rabbit.ManagementUri.ToString(),
            ["Outbox:PublishTimeout"] = "00:00:02",
            ["Hangfire:Workers"] = "1",
            ["Smtp:Host"] = _services.Smtp.Host,
            ["Smtp:Port"] = _services.Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            // Plain http on loopback: a Secure cookie would never come back to the test's HttpClient.
            ["Security:SecureCookies"] = "false",
            // Every test comes from 127.0.0.1; the rate-limit tests use their own addresses and host.
            ["RateLimits:Account:PermitLimit"] = "100000",
        };
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // Outside Development the host serves static files from a published wwwroot; a test host has none, so it reads
        // the build's manifest of the host's and the modules' static files, as `dotnet run` does.
        builder.UseStaticWebAssets();
        foreach ((string key, string value) in InstallationSettings())
        {
            builder.UseSetting(key, value);
        }

        // The console stays readable (warnings and worse); the captured logs see the levels production uses.
        builder.UseSetting("Logging:Console:FormatterName", "simple");
        builder.UseSetting("Logging:Console:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:Console:LogLevel:MassTransit", "Error");
        builder.UseSetting("Logging:Console:LogLevel:Microsoft.Extensions.Diagnostics.HealthChecks", "Error");
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        foreach ((string key, string value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            services.AddSingleton<IStartupFilter, RemoteAddressFromHeader>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }

    /// <summary>
    /// Test-only: a request carrying <see cref="RemoteAddressHeader"/> appears to come from that address, so tests can
    /// check rules that depend on where a request comes from while everything really runs on loopback.
    /// </summary>
    private sealed class RemoteAddressFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (context.Request.Headers.TryGetValue(RemoteAddressHeader, out var value) && IPAddress.TryParse(value, out IPAddress? address))
                {
                    context.Connection.RemoteIpAddress = address;
                }

                return nextMiddleware(context);
            });
            next(app);
        };
    }
}

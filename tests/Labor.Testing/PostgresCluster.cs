using System.ComponentModel;
using System.Diagnostics;
using Npgsql;
using Xunit;

namespace Labor.Testing;

/// <summary>
/// The local PostgreSQL cluster the tests run on (Debian's, as scripts/services.sh starts it), stopped and started for
/// tests of what happens while the database is away. Stopping it cuts off every host and test on it: use it only in a
/// collection that runs alone. Where the tests run on another PostgreSQL (Testcontainers, whose mapped port changes
/// when the container restarts; docker compose) there is none here, and <see cref="RestartsPostgresFactAttribute"/>
/// skips the test with the reason.
/// </summary>
public sealed class PostgresCluster
{
    private static readonly Lazy<(PostgresCluster? Cluster, string? WhyNot)> Found = new(Find);
    private readonly string _server;

    private PostgresCluster(string version, string name, string server)
    {
        Version = version;
        Name = name;
        _server = server;
    }

    /// <summary>The cluster the tests' PostgreSQL is, or null where it is not one this machine controls (see <see cref="WhyNotLocal"/>).</summary>
    public static PostgresCluster? Local => Found.Value.Cluster;

    public static string? WhyNotLocal => Found.Value.WhyNot;

    public string Version { get; }

    public string Name { get; }

    /// <summary>A fast shutdown: every connection is cut and its open transaction rolled back.</summary>
    public Task StopAsync() => PgCtlClusterAsync("stop", "-m", "fast");

    /// <summary>Starts the cluster and returns once it accepts connections.</summary>
    public async Task StartAsync()
    {
        await PgCtlClusterAsync("start");
        var probe = new NpgsqlConnectionStringBuilder(_server) { Database = "postgres", Pooling = false, Timeout = 2 }.ConnectionString;
        await Eventually.TrueAsync(async () =>
        {
            try
            {
                await using var connection = new NpgsqlConnection(probe);
                await connection.OpenAsync();
                return true;
            }
            catch (NpgsqlException)
            {
                return false; // still starting up
            }
        }, TimeSpan.FromSeconds(60), "PostgreSQL to accept connections");
    }

    /// <summary>Stops the cluster, leaves it down for <paramref name="downFor"/> (the outage the test wants), and starts it again.</summary>
    public async Task RestartAsync(TimeSpan downFor)
    {
        await StopAsync();
        await Task.Delay(downFor);
        await StartAsync();
    }

    private async Task PgCtlClusterAsync(params string[] arguments)
    {
        (int exitCode, string output) = await RunAsync("pg_ctlcluster", [Version, Name, .. arguments]);
        // Starting a running cluster is no failure: a test may start it again in a finally block.
        if (exitCode != 0 && !(arguments[0] == "start" && output.Contains("already running", StringComparison.OrdinalIgnoreCase)))
        {
            throw new InvalidOperationException($"pg_ctlcluster {string.Join(' ', arguments)} failed ({exitCode}): {output}");
        }
    }

    private static (PostgresCluster?, string?) Find()
    {
        if (Environment.GetEnvironmentVariable("LABOR_TEST_POSTGRES") is not { Length: > 0 } server)
        {
            return (null, "the tests run on PostgreSQL in Testcontainers (LABOR_TEST_POSTGRES is unset), which cannot restart in place");
        }

        var settings = new NpgsqlConnectionStringBuilder(server);
        if (settings.Host is not ("127.0.0.1" or "localhost" or "::1"))
        {
            return (null, $"PostgreSQL is on {settings.Host}, not on this machine");
        }

        string listing;
        try
        {
            (int exitCode, listing) = RunAsync("pg_lsclusters", ["-h"]).GetAwaiter().GetResult();
            if (exitCode != 0)
            {
                return (null, $"pg_lsclusters failed: {listing}");
            }
        }
        catch (Win32Exception)
        {
            return (null, "no pg_lsclusters: PostgreSQL is not a local Debian cluster here (docker compose?)");
        }

        // "15 main 5432 online postgres /var/lib/postgresql/15/main /var/log/postgresql/postgresql-15-main.log"
        string[]? cluster = listing.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .FirstOrDefault(fields => fields.Length >= 5 && fields[2] == settings.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (cluster is null || !cluster[3].StartsWith("online", StringComparison.Ordinal))
        {
            return (null, $"no online local cluster on port {settings.Port}: {listing.Trim()}");
        }

        // pg_ctlcluster runs the server as its owner, which only root or the owner may do.
        if (Environment.UserName != "root" && Environment.UserName != cluster[4])
        {
            return (null, $"pg_ctlcluster needs root or {cluster[4]}, and the tests run as {Environment.UserName}");
        }

        return (new PostgresCluster(cluster[0], cluster[1], server), null);
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string program, string[] arguments)
    {
        var start = new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        using Process process = Process.Start(start)!;
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(1));
        return (process.ExitCode, await output + await error);
    }
}

/// <summary>A test that restarts the tests' PostgreSQL: skipped, with the reason, where <see cref="PostgresCluster.Local"/> is none.</summary>
public sealed class RestartsPostgresFactAttribute : FactAttribute
{
    public RestartsPostgresFactAttribute()
    {
        if (PostgresCluster.Local is null)
        {
            Skip = $"Restarts PostgreSQL, which it cannot here: {PostgresCluster.WhyNotLocal}";
        }
    }
}

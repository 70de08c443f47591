using System.Diagnostics;

namespace Labor.Testing;

/// <summary>
/// The real host in a process of its own, one more host of a <see cref="LaborHost"/>'s installation (its database and
/// RabbitMQ virtual host), so a test can kill it as a power cut or kill -9 does: no shutdown, no cancelled jobs, no
/// rollback but the one PostgreSQL does for a dropped connection. A host inside the test process cannot die like that.
/// Its console goes to <see cref="LogPath"/>, to read when a test fails. It runs on the real clock: a test that moves
/// <see cref="LaborHost.Clock"/> does not move this host's.
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StreamWriter _log;
    private readonly Lock _logGate = new();
    private bool _disposed;

    private HostProcess(Process process, StreamWriter log, string logPath, Uri baseAddress)
    {
        _process = process;
        _log = log;
        LogPath = logPath;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public int ProcessId => _process.Id;

    /// <summary>Everything the process wrote to stdout and stderr, one line per log entry, with the time.</summary>
    public string LogPath { get; }

    public bool HasExited => _process.HasExited;

    /// <summary>
    /// Starts the built host with <paramref name="installation"/>'s settings (as <see cref="LaborHost.SiblingOf"/> would
    /// get them), then <paramref name="settings"/> (as a test sets <see cref="LaborHost.Settings"/>; the installation's
    /// own <see cref="LaborHost.Settings"/> are not copied), and waits until its readiness check answers 200: migrated,
    /// recurring jobs registered, PostgreSQL and RabbitMQ reachable.
    /// </summary>
    public static async Task<HostProcess> StartAsync(LaborHost installation, IReadOnlyDictionary<string, string>? settings = null, TimeSpan? readyWithin = null)
    {
        int port = LoopbackPort.Free();
        string assembly = HostAssembly();
        var start = new ProcessStartInfo(DotnetExecutable(), [assembly])
        {
            // The content root, where the host finds its appsettings.json and the ESCO files it ships.
            WorkingDirectory = Path.GetDirectoryName(assembly)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        Dictionary<string, string> configuration = installation.InstallationSettings();
        configuration["Reference:Pdok:BaseUrl"] = (await LocalPdok.AddressAsync()).ToString();
        configuration["Logging:Console:FormatterName"] = "simple";
        configuration["Logging:Console:FormatterOptions:SingleLine"] = "true";
        configuration["Logging:Console:FormatterOptions:TimestampFormat"] = "HH:mm:ss.fff ";
        foreach ((string key, string value) in settings ?? new Dictionary<string, string>())
        {
            configuration[key] = value;
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        foreach ((string key, string value) in configuration)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        string logPath = Path.Combine(Path.GetTempPath(), $"labor-host-{installation.VirtualHost}-{port}.log");
        var log = new StreamWriter(new FileStream(logPath, FileMode.Create, FileAccess.Write, FileShare.ReadWrite)) { AutoFlush = true };
        var host = new HostProcess(Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start"), log, logPath, new Uri($"http://127.0.0.1:{port}/"));
        host._process.OutputDataReceived += (_, line) => host.Write(line.Data);
        host._process.ErrorDataReceived += (_, line) => host.Write(line.Data);
        host._process.BeginOutputReadLine();
        host._process.BeginErrorReadLine();
        try
        {
            await host.WaitUntilReadyAsync(readyWithin ?? TimeSpan.FromSeconds(90));
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }

        return host;
    }

    /// <summary>
    /// Ends the process at once with SIGKILL (what <see cref="Process.Kill(bool)"/> sends on Linux): nothing in it runs
    /// again, not a finally block, not Hangfire's requeue of the job it was running. Returns when it is gone.
    /// </summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
    }

    /// <summary>The last lines of its log, for a failure's message.</summary>
    public string LogTail(int lines = 40)
    {
        using var reader = new StreamReader(new FileStream(LogPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite));
        return string.Join('\n', reader.ReadToEnd().Split('\n').TakeLast(lines));
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        await KillAsync();
        lock (_logGate)
        {
            _disposed = true;
            _log.Dispose();
        }

        _process.Dispose();
    }

    private void Write(string? line)
    {
        lock (_logGate)
        {
            if (line is not null && !_disposed)
            {
                _log.WriteLine(line);
            }
        }
    }

    private async Task WaitUntilReadyAsync(TimeSpan within)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            await Eventually.TrueAsync(async () =>
            {
                if (_process.HasExited)
                {
                    throw new InvalidOperationException($"The host process ended (exit code {_process.ExitCode}) before it was ready; {LogPath}:\n{LogTail()}");
                }

                try
                {
                    using HttpResponseMessage ready = await http.GetAsync(new Uri("health/ready", UriKind.Relative));
                    return ready.IsSuccessStatusCode;
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    return false; // not listening yet: it migrates and loads the vocabulary first
                }
            }, within, "the host process to be ready");
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"{e.Message}; {LogPath}:\n{LogTail()}", e);
        }
    }

    /// <summary>
    /// The host the tests were built with: a project reference to an executable copies it beside the test assembly,
    /// with its runtimeconfig, deps, appsettings and ESCO files; otherwise the host project's own output of the same
    /// configuration (bin/Release/net10.0 for tests in bin/Release/net10.0).
    /// </summary>
    private static string HostAssembly()
    {
        string beside = Path.Combine(AppContext.BaseDirectory, "Labor.Host.dll");
        if (File.Exists(Path.Combine(AppContext.BaseDirectory, "Labor.Host.runtimeconfig.json")))
        {
            return beside;
        }

        var output = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory));
        string own = Path.Combine(SharedData.RepositoryRoot, "src", "Host", "bin", output.Parent!.Name, output.Name, "Labor.Host.dll");
        return File.Exists(own) ? own : throw new FileNotFoundException($"No built host beside the tests nor at {own}: build the solution first.");
    }

    /// <summary>The dotnet that runs the tests, so the host runs on the same runtime.</summary>
    private static string DotnetExecutable() =>
        Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet" ? Environment.ProcessPath!
        : Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } path ? path
        : "dotnet";
}

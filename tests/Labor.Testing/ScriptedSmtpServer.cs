using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;

namespace Labor.Testing;

/// <summary>
/// A real SMTP server (aiosmtpd, <c>tools/smtp/scripted_smtp.py</c>) that refuses recipients at rejects.example for
/// good, defers the first attempt for greylists.example and takes a while for slow.example; it reports every mail it
/// accepts. For the failures maildev cannot show.
/// </summary>
public sealed class ScriptedSmtpServer : IAsyncDisposable
{
    public const string Rejects = "rejects.example";
    public const string Greylists = "greylists.example";
    public const string Slow = "slow.example";

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _accepted = new();
    private readonly ConcurrentQueue<string> _refused = new();

    private ScriptedSmtpServer(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    public const string Host = "127.0.0.1";

    public int Port { get; }

    /// <summary>The recipients of every accepted mail, in order of arrival (one entry per recipient).</summary>
    public IReadOnlyList<string> Accepted => [.. _accepted];

    public int AcceptedFor(string address) => Count(_accepted, address);

    /// <summary>How often the server refused this recipient, for good or for now.</summary>
    public int RefusedFor(string address) => Count(_refused, address);

    public static async Task<ScriptedSmtpServer> StartAsync()
    {
        int port = LoopbackPort.Free();
        var start = new ProcessStartInfo("/usr/bin/python3", [Script(), port.ToString(System.Globalization.CultureInfo.InvariantCulture)])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        Process process = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start");
        var server = new ScriptedSmtpServer(process, port);
        var listening = new TaskCompletionSource();
        process.OutputDataReceived += (_, line) => server.Read(line.Data, listening);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await listening.Task.WaitAsync(TimeSpan.FromSeconds(20));
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
    }

    private void Read(string? line, TaskCompletionSource listening)
    {
        if (string.IsNullOrEmpty(line))
        {
            return;
        }

        using JsonDocument report = JsonDocument.Parse(line);
        if (report.RootElement.TryGetProperty("listening", out _))
        {
            listening.TrySetResult();
            return;
        }

        if (report.RootElement.TryGetProperty("refused", out JsonElement refused))
        {
            _refused.Enqueue(refused.GetString()!);
            return;
        }

        foreach (JsonElement to in report.RootElement.GetProperty("to").EnumerateArray())
        {
            _accepted.Enqueue(to.GetString()!);
        }
    }

    private static int Count(IEnumerable<string> addresses, string address) =>
        addresses.Count(a => string.Equals(a, address, StringComparison.OrdinalIgnoreCase));

    private static string Script()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            string candidate = Path.Combine(directory.FullName, "tools", "smtp", "scripted_smtp.py");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("tools/smtp/scripted_smtp.py not found above " + AppContext.BaseDirectory);
    }
}

using System.Diagnostics;

namespace Labor.Testing;

/// <summary>Stops and starts the real broker, for tests of what happens during an outage.</summary>
public interface IBrokerControl
{
    Task StopAsync();

    Task StartAsync();
}

/// <summary>The broker started by scripts/test.sh on this machine, controlled with rabbitmqctl.</summary>
internal sealed class LocalBroker : IBrokerControl
{
    public Task StopAsync() => RabbitMqCtlAsync("stop_app");

    public async Task StartAsync()
    {
        await RabbitMqCtlAsync("start_app");
        await RabbitMqCtlAsync("await_startup");
    }

    private static async Task RabbitMqCtlAsync(string command)
    {
        var start = new ProcessStartInfo("rabbitmqctl", ["-q", command]) { RedirectStandardError = true, RedirectStandardOutput = true };
        start.Environment["ERL_EPMD_ADDRESS"] = "127.0.0.1";
        using Process process = Process.Start(start)!;
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(1));
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"rabbitmqctl {command} failed: {await process.StandardError.ReadToEndAsync()}");
        }
    }
}

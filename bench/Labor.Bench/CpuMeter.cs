using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace Labor.Bench;

/// <summary>CPU time spent so far: by this process (client and host), by the database's backends, and by the whole machine.</summary>
internal sealed record CpuSample(TimeSpan Process, IReadOnlyDictionary<int, TimeSpan> Backends, TimeSpan MachineBusy)
{
    public TimeSpan Database => Backends.Values.Aggregate(TimeSpan.Zero, (sum, time) => sum + time);
}

/// <summary>Where one window's CPU went, per request: the bench process, PostgreSQL's backends for its database, and everyone else.</summary>
internal sealed record CpuShare(double ProcessMs, double DatabaseMs, double OthersMs, double MachineCores)
{
    public static CpuShare? Between(CpuSample? before, CpuSample? after, long requests, TimeSpan elapsed)
    {
        if (before is null || after is null || requests == 0)
        {
            return null;
        }

        // A backend that started in the window counts from zero; one that ended in it is lost (the pool keeps them open).
        TimeSpan database = after.Backends.Aggregate(TimeSpan.Zero,
            (sum, b) => sum + b.Value - before.Backends.GetValueOrDefault(b.Key, TimeSpan.Zero));
        TimeSpan process = after.Process - before.Process;
        TimeSpan machine = after.MachineBusy - before.MachineBusy;
        double PerRequest(TimeSpan time) => time.TotalMilliseconds / requests;
        return new CpuShare(PerRequest(process), PerRequest(database), PerRequest(machine - process - database), machine / elapsed);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{ProcessMs,5:N2} {DatabaseMs,5:N2} {Math.Max(0, OthersMs),5:N2} ms  {MachineCores:N1}");
}

/// <summary>
/// Reads CPU times from Linux's /proc, so a load test can say whether a request's time goes to the host or to PostgreSQL
/// (on this machine both share 2 cores) and how much other work on the machine took meanwhile. Null where /proc or the
/// database's processes are not readable (another OS, PostgreSQL on another machine).
/// </summary>
internal sealed class CpuMeter(string connectionString)
{
    // /proc reports in USER_HZ, which is 100 on every Linux ABI .NET runs on.
    private const double TicksPerSecond = 100;

    public async Task<CpuSample?> SampleAsync()
    {
        if (!File.Exists("/proc/stat"))
        {
            return null;
        }

        var backends = new Dictionary<int, TimeSpan>();
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync();
            // This connection's own backend too: it comes from the same pool as the host's, so it may be one that served
            // requests, and leaving it out of one sample but not the other would count its whole life.
            await using var command = new NpgsqlCommand(
                "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND backend_type IN ('client backend', 'parallel worker')", connection);
            await using NpgsqlDataReader reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                int pid = reader.GetInt32(0);
                if (ProcessTicks(pid) is long ticks)
                {
                    backends[pid] = TimeSpan.FromSeconds(ticks / TicksPerSecond);
                }
            }
        }

        if (backends.Count == 0)
        {
            return null;
        }

        using var self = Process.GetCurrentProcess();
        return new CpuSample(self.TotalProcessorTime, backends, TimeSpan.FromSeconds(MachineBusyTicks() / TicksPerSecond));
    }

    /// <summary>utime + stime of a process (fields 14 and 15 of /proc/PID/stat, counted after the name in parentheses).</summary>
    private static long? ProcessTicks(int pid)
    {
        try
        {
            string stat = File.ReadAllText($"/proc/{pid}/stat");
            string[] fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return null;
        }
    }

    /// <summary>All cores' busy time: the first line of /proc/stat less idle and iowait.</summary>
    private static long MachineBusyTicks()
    {
        string[] fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        long[] values = [.. fields.Skip(1).Take(8).Select(f => long.Parse(f, CultureInfo.InvariantCulture))];
        return values.Sum() - values[3] - values[4];
    }
}

using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;

namespace Labor.Testing;

public partial class LaborHost
{
    /// <summary>Runs a recurring job now, as the dashboard's "trigger now" does, and waits until it has succeeded.</summary>
    public async Task RunRecurringJobAsync(string recurringJobId)
    {
        await SucceededAsync(TriggerRecurringJob(recurringJobId), recurringJobId);
    }

    /// <summary>
    /// Enqueues a job of a module's internal class, named as Hangfire names it ("Namespace.Type, Assembly"), as the
    /// module itself would; returns the job's id.
    /// </summary>
    public string EnqueueJob(string type, string method, params object[] arguments)
    {
        Type jobType = Type.GetType(type, throwOnError: true)!;
        var job = new Hangfire.Common.Job(jobType, jobType.GetMethod(method)!, arguments);
        return Services.GetRequiredService<IBackgroundJobClient>().Create(job, new Hangfire.States.EnqueuedState());
    }

    /// <summary>Runs a job as <see cref="EnqueueJob"/> does and waits until it has succeeded.</summary>
    public Task RunJobAsync(string type, string method, params object[] arguments) =>
        SucceededAsync(EnqueueJob(type, method, arguments), $"{type}.{method}");

    private async Task SucceededAsync(string jobId, string what)
    {
        JobStorage storage = Services.GetRequiredService<JobStorage>();
        using IStorageConnection connection = storage.GetConnection();
        string? state = await Eventually.ReturnsAsync(
            () => Task.FromResult(connection.GetStateData(jobId)?.Name),
            name => name is "Succeeded" or "Failed" or "Scheduled" or "Deleted",
            TimeSpan.FromSeconds(60), $"job {jobId} ({what}) to finish");
        if (state != "Succeeded")
        {
            throw new InvalidOperationException($"{what} ended {state}: {connection.GetStateData(jobId)?.Reason}");
        }
    }

    /// <summary>
    /// Runs the nightly matching now and waits until it has finished: the recurring job only plans, its chunks and
    /// the finish are jobs of their own that this host's (or a sibling's) Hangfire workers take.
    /// </summary>
    public async Task RunNightlyMatchingAsync(TimeSpan? timeout = null)
    {
        long finished = await ScalarAsync<long>("SELECT count(*) FROM matching.runs WHERE status = 'Finished'");
        await RunRecurringJobAsync("matching-nightly");
        await Eventually.TrueAsync(async () => await ScalarAsync<long>("SELECT count(*) FROM matching.runs WHERE status = 'Finished'") > finished,
            timeout ?? TimeSpan.FromSeconds(60), "the nightly matching run to finish");
    }

    /// <summary>
    /// Enqueues a run of a recurring job, as the dashboard's "trigger now" does, for any host's workers to take (a host
    /// without a Hangfire server can trigger it for a <see cref="HostProcess"/>, say); returns the job's id.
    /// </summary>
    public string TriggerRecurringJob(string recurringJobId)
    {
        var jobs = (IRecurringJobManagerV2)Services.GetRequiredService<IRecurringJobManager>();
        return jobs.TriggerJob(recurringJobId) ?? throw new InvalidOperationException($"{recurringJobId} is not registered.");
    }

    /// <summary>Every table of every schema whose rows, read as text, contain <paramref name="needle"/> (case-insensitive).</summary>
    public async Task<IReadOnlyList<string>> TablesContainingAsync(string needle)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        List<string> containing = [];
        foreach (string table in await TablesAsync(connection))
        {
            // The table names come from the catalogue, quoted; the needle is a parameter.
            await using var search = new NpgsqlCommand($"SELECT EXISTS (SELECT 1 FROM {table} AS r WHERE r::text ILIKE '%' || $1 || '%')", connection);
            search.Parameters.Add(new NpgsqlParameter { Value = needle });
            if ((bool)(await search.ExecuteScalarAsync())!)
            {
                containing.Add(table);
            }
        }

        return containing;
    }

    /// <summary>
    /// Every distinct match of the (PostgreSQL, case-insensitive) <paramref name="pattern"/> in the rows of every table,
    /// lower-cased, with the tables it is in; Hangfire's own schema is left out (its job arguments are not data).
    /// </summary>
    public async Task<IReadOnlyDictionary<string, List<string>>> MatchesStoredAsync(string pattern)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        Dictionary<string, List<string>> found = [];
        foreach (string table in (await TablesAsync(connection)).Where(t => !t.StartsWith("hangfire.", StringComparison.Ordinal)))
        {
            await using var search = new NpgsqlCommand(
                $"SELECT DISTINCT lower(m[1]) FROM {table} AS r, regexp_matches(r::text, '(' || $1 || ')', 'gi') AS m", connection);
            search.Parameters.Add(new NpgsqlParameter { Value = pattern });
            await using var reader = await search.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                string match = reader.GetString(0);
                (found.TryGetValue(match, out List<string>? tables) ? tables : found[match] = []).Add(table);
            }
        }

        return found;
    }

    private static async Task<List<string>> TablesAsync(NpgsqlConnection connection)
    {
        List<string> tables = [];
        await using var list = new NpgsqlCommand(
            "SELECT quote_ident(table_schema) || '.' || quote_ident(table_name) FROM information_schema.tables " +
            "WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')", connection);
        await using var reader = await list.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            tables.Add(reader.GetString(0));
        }

        return tables;
    }

    /// <summary>The queues of this installation holding a message whose body contains <paramref name="needle"/>.</summary>
    public async Task<IReadOnlyList<string>> QueuesContainingAsync(string needle)
    {
        using HttpClient management = Rabbit.Management();
        string vhost = Uri.EscapeDataString(VirtualHost);
        JsonElement queues = await management.GetFromJsonAsync<JsonElement>($"api/queues/{vhost}");
        List<string> containing = [];
        foreach (JsonElement queue in queues.EnumerateArray())
        {
            string name = queue.GetProperty("name").GetString()!;
            // Peek: the broker hands the messages back to the queue (ack_requeue_true).
            using HttpResponseMessage peek = await management.PostAsJsonAsync(
                $"api/queues/{vhost}/{Uri.EscapeDataString(name)}/get", new { count = 10_000, ackmode = "ack_requeue_true", encoding = "auto" });
            peek.EnsureSuccessStatusCode();
            string messages = await peek.Content.ReadAsStringAsync();
            if (messages.Contains(needle, StringComparison.OrdinalIgnoreCase))
            {
                containing.Add(name);
            }
        }

        return containing;
    }
}

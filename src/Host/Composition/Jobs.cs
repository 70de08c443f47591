using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.Dashboard;
using Hangfire.Logging;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Labor.BuildingBlocks.Persistence;
using Labor.BuildingBlocks.Security;

namespace Labor.Host.Composition;

internal static class Jobs
{
    public const string DashboardPath = "/hangfire";

    /// <summary>Hangfire on PostgreSQL in its own schema; the server runs unless Hangfire:Server is false.</summary>
    public static IServiceCollection AddLaborJobs(this IServiceCollection services, IConfiguration configuration)
    {
        string connectionString = configuration.GetConnectionString(ModuleDatabase.ConnectionStringName)!;
        // Hangfire keeps its storage, activator and logging in process-wide statics. Where several hosts share a
        // process (the integration tests run them side by side) each host must use its own: its storage and activator
        // are registered before AddHangfire so it keeps them (its defaults read JobStorage.Current and
        // JobActivator.Current, which another host may have set meanwhile), and logging survives a stopped host.
        var storageOptions = new PostgreSqlStorageOptions
        {
            SchemaName = "hangfire",
            PrepareSchemaIfNecessary = true,
            // A job fetched by a host that then dies hard (kill -9, power) stays invisible to the other hosts for
            // InvisibilityTimeout, 30 minutes by default. Sliding: the running host moves the job's fetch time on every
            // fifth of the timeout (its storage heartbeat, which a full server runs, not an IsLightweightServer one),
            // so the timeout only has to outlast a dead host's last heartbeat, not the longest job.
            UseSlidingInvisibilityTimeout = true,
            InvisibilityTimeout = configuration.GetValue("Hangfire:InvisibilityTimeout", TimeSpan.FromMinutes(5)),
            // Hangfire's locks are rows; one whose release failed because PostgreSQL restarted stays until it is this
            // old (10 minutes by default), and meanwhile the job whose state it guards, or the recurring scheduler
            // (with the nightly run's watch), waits. Every lock Hangfire takes here is held for moments.
            DistributedLockTimeout = configuration.GetValue("Hangfire:DistributedLockTimeout", TimeSpan.FromMinutes(1)),
            // Jobs enqueue jobs (a run's planner its chunks, the last chunk the finish), and a job enqueued by another
            // process wakes no worker: each waits for a worker's next look at the queue (15 s by default).
            QueuePollInterval = TimeSpan.FromSeconds(1),
        };
        services.AddSingleton<JobStorage>(_ => new PostgreSqlStorage(new NpgsqlConnectionFactory(connectionString, storageOptions), storageOptions));
        services.AddSingleton<JobActivator>(provider => new AspNetCoreJobActivator(provider.GetRequiredService<IServiceScopeFactory>()));
        services.AddHangfire((provider, hangfire) => hangfire
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseLogProvider(new StoppableLogProvider(provider.GetRequiredService<ILoggerFactory>()))
            .UseStorage(provider.GetRequiredService<JobStorage>()));
        if (configuration.GetValue("Hangfire:Server", defaultValue: true))
        {
            // Jobs are few and chunked (design rule 6): a handful of workers, not Hangfire's 20 per core.
            services.AddHangfireServer(server => server.WorkerCount = configuration.GetValue("Hangfire:Workers", 4));
        }

        return services;
    }

    public static void MapLaborJobsDashboard(this WebApplication app) =>
        app.MapHangfireDashboard(DashboardPath, new DashboardOptions
        {
            DashboardTitle = "Labor jobs",
            Authorization = [new AdminsOnly()],
            AppPath = "/",
        });

    /// <summary>
    /// Hangfire's one logger provider for the whole process, on the logger factory of the host that configured it
    /// last. Hangfire asks it for a logger on every job it fetches; once that host has stopped (its factory disposed)
    /// while another host in the process runs on, that would throw and leave the job fetched but never run. A
    /// stopped host's logging is silent instead.
    /// </summary>
    private sealed class StoppableLogProvider(ILoggerFactory loggerFactory) : ILogProvider
    {
        private readonly AspNetCoreLogProvider _host = new(loggerFactory);

        public ILog GetLogger(string name)
        {
            try
            {
                return _host.GetLogger(name);
            }
            catch (ObjectDisposedException)
            {
                return Silent.Instance;
            }
        }

        private sealed class Silent : ILog
        {
            public static readonly Silent Instance = new();

            public bool Log(Hangfire.Logging.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null) => false;
        }
    }

    /// <summary>Jobs can be triggered and deleted from the dashboard: admins only.</summary>
    private sealed class AdminsOnly : IDashboardAuthorizationFilter
    {
        public bool Authorize(DashboardContext context) => context.GetHttpContext().User.IsInRole(Roles.Admin);
    }
}

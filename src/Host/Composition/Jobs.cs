using System.Net;
using Hangfire;
using Hangfire.Dashboard;
using Hangfire.PostgreSql;
using Labor.BuildingBlocks.Persistence;

namespace Labor.Host.Composition;

internal static class Jobs
{
    public const string DashboardPath = "/hangfire";

    /// <summary>Hangfire on PostgreSQL in its own schema; the server runs unless Hangfire:Server is false.</summary>
    public static IServiceCollection AddLaborJobs(this IServiceCollection services, IConfiguration configuration)
    {
        string connectionString = configuration.GetConnectionString(ModuleDatabase.ConnectionStringName)!;
        services.AddHangfire(hangfire => hangfire
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UsePostgreSqlStorage(
                storage => storage.UseNpgsqlConnection(connectionString),
                new PostgreSqlStorageOptions { SchemaName = "hangfire", PrepareSchemaIfNecessary = true }));
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
            Authorization = [new LoopbackOnly()],
            AppPath = "/",
        });

    /// <summary>Until accounts exist, only someone on the machine itself may see or trigger jobs.</summary>
    private sealed class LoopbackOnly : IDashboardAuthorizationFilter
    {
        public bool Authorize(DashboardContext context) =>
            context.GetHttpContext().Connection.RemoteIpAddress is { } address && IPAddress.IsLoopback(address);
    }
}

using Hangfire;
using Hangfire.Dashboard;
using Hangfire.PostgreSql;
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
            Authorization = [new AdminsOnly()],
            AppPath = "/",
        });

    /// <summary>Jobs can be triggered and deleted from the dashboard: admins only.</summary>
    private sealed class AdminsOnly : IDashboardAuthorizationFilter
    {
        public bool Authorize(DashboardContext context) => context.GetHttpContext().User.IsInRole(Roles.Admin);
    }
}

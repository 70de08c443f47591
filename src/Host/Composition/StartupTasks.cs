using Hangfire;
using Labor.BuildingBlocks.Modules;

namespace Labor.Host.Composition;

internal static class StartupTasks
{
    /// <summary>
    /// Migrates every module's schema (EF Core takes a database lock, so several hosts may start at once), seeds the
    /// demo data when asked, and lets each module register its recurring jobs.
    /// </summary>
    public static async Task PrepareAsync(this WebApplication app, IReadOnlyList<IModule> modules, CancellationToken cancellationToken)
    {
        ILogger logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Labor.Startup");
        foreach (IModule module in modules)
        {
            await module.MigrateAsync(app.Services, cancellationToken);
        }

        logger.LogInformation("Migrated {ModuleCount} module schemas", modules.Count);

        if (app.Configuration.GetValue("Labor:DemoData", defaultValue: false))
        {
            foreach (IModule module in modules)
            {
                await module.SeedDemoDataAsync(app.Services, cancellationToken);
            }

            logger.LogInformation("Demo data is in place");
        }

        var jobs = app.Services.GetRequiredService<IRecurringJobManager>();
        foreach (IModule module in modules)
        {
            module.AddRecurringJobs(jobs);
        }
    }
}

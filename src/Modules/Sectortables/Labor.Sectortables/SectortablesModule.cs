using Hangfire;
using Labor.BuildingBlocks.Messaging;
using Labor.BuildingBlocks.Modules;
using Labor.BuildingBlocks.Persistence;
using Labor.Sectortables.Data;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Labor.Sectortables;

/// <summary>The sector tables: action plans, progress and live figures. Empty until its issue.</summary>
public sealed class SectortablesModule : IModule
{
    public string Name => SectortablesDbContext.Schema;

    public void AddServices(IServiceCollection services, IConfiguration configuration) =>
        services.AddModuleDatabase<SectortablesDbContext>(configuration, SectortablesDbContext.Schema);

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }

    public void AddRecurringJobs(IRecurringJobManager jobs) => jobs.AddMessageRetention<SectortablesDbContext>(Name);

    public Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.MigrateAsync<SectortablesDbContext>(cancellationToken);
}

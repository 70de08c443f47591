using Hangfire;
using Labor.BuildingBlocks.Messaging;
using Labor.BuildingBlocks.Modules;
using Labor.BuildingBlocks.Persistence;
using Labor.Jobseekers.Data;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Labor.Jobseekers;

/// <summary>The jobseeker pool: people register, keep their profile and control their data. Empty until its issue.</summary>
public sealed class JobseekersModule : IModule
{
    public string Name => JobseekersDbContext.Schema;

    public void AddServices(IServiceCollection services, IConfiguration configuration) =>
        services.AddModuleDatabase<JobseekersDbContext>(configuration, JobseekersDbContext.Schema);

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }

    public void AddRecurringJobs(IRecurringJobManager jobs) => jobs.AddMessageRetention<JobseekersDbContext>(Name);

    public Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.MigrateAsync<JobseekersDbContext>(cancellationToken);
}

using Hangfire;
using MassTransit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Labor.BuildingBlocks.Modules;

/// <summary>
/// The one door of a module: the host lists modules and calls these, and knows nothing else of them.
/// </summary>
public interface IModule
{
    /// <summary>Short lower-case name; also the module's PostgreSQL schema.</summary>
    string Name { get; }

    void AddServices(IServiceCollection services, IConfiguration configuration);

    void AddConsumers(IBusRegistrationConfigurator bus)
    {
    }

    /// <summary>
    /// The module's own access rules on its own resources (a lead's own sector table, say), as named policies. Rules
    /// every module shares (roles, own organisation, own profile) are in <c>Policies</c>.
    /// </summary>
    void AddAccessRules(AuthorizationBuilder rules)
    {
    }

    void MapEndpoints(IEndpointRouteBuilder endpoints);

    void AddRecurringJobs(IRecurringJobManager jobs)
    {
    }

    IEnumerable<NavigationLink> Navigation => [];

    IEnumerable<ModuleCommand> Commands => [];

    Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken);

    Task SeedDemoDataAsync(IServiceProvider services, CancellationToken cancellationToken) => Task.CompletedTask;
}

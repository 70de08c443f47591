using Hangfire;
using Labor.BuildingBlocks.Messaging;
using Labor.BuildingBlocks.Modules;
using Labor.BuildingBlocks.Persistence;
using Labor.Matching.Data;
using Labor.Matching.ReadModel;
using MassTransit;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Labor.Matching;

/// <summary>The matching engine: finds and explains fits between jobseekers and vacancies, also across sectors.</summary>
public sealed class MatchingModule : IModule
{
    public string Name => MatchingDbContext.Schema;

    public void AddServices(IServiceCollection services, IConfiguration configuration) =>
        services.AddModuleDatabase<MatchingDbContext>(configuration, MatchingDbContext.Schema);

    public void AddConsumers(IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<VacancyPublishedConsumer>().Endpoint(e => e.Name = "matching-vacancy-published");
        bus.AddConsumer<VacancyChangedConsumer>().Endpoint(e => e.Name = "matching-vacancy-changed");
        bus.AddConsumer<VacancyClosedConsumer>().Endpoint(e => e.Name = "matching-vacancy-closed");
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }

    public void AddRecurringJobs(IRecurringJobManager jobs) => jobs.AddMessageRetention<MatchingDbContext>(Name);

    public Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.MigrateAsync<MatchingDbContext>(cancellationToken);
}

using FluentValidation;
using Hangfire;
using Labor.Accounts.Contracts;
using Labor.BuildingBlocks.Messaging;
using Labor.BuildingBlocks.Modules;
using Labor.BuildingBlocks.Persistence;
using Labor.Reference.Contracts;
using Labor.Sectortables.Actions;
using Labor.Sectortables.Data;
using Labor.Sectortables.Demo;
using Labor.Sectortables.Figures;
using Labor.Sectortables.People;
using Labor.Sectortables.Plans;
using Labor.Sectortables.Region;
using Labor.Sectortables.Tables;
using MassTransit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Labor.Sectortables;

/// <summary>The sector tables: action plans, progress against targets and live figures from the platform.</summary>
public sealed class SectortablesModule : IModule
{
    public string Name => SectortablesDbContext.Schema;

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDatabase<SectortablesDbContext>(configuration, SectortablesDbContext.Schema);
        services.AddValidatorsFromAssemblyContaining<SectortablesModule>(includeInternalTypes: true);
        services.AddScoped<TableReader>();
        services.AddScoped<TableChanges>();
        services.AddScoped<PlanSteps>();
        services.AddScoped<TableActions>();
        services.AddScoped<TablePeople>();
        services.AddScoped<LiveFigures>();
        services.AddScoped<FigureHistory>();
        services.AddScoped<RegionDashboard>();
    }

    public void AddConsumers(IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<VacancyPublishedConsumer>().Endpoint(e => e.Name = "sectortables-vacancy-published");
        bus.AddConsumer<VacancyChangedConsumer>().Endpoint(e => e.Name = "sectortables-vacancy-changed");
        bus.AddConsumer<VacancyClosedConsumer>().Endpoint(e => e.Name = "sectortables-vacancy-closed");
        bus.AddConsumer<JobseekerRegisteredConsumer>().Endpoint(e => e.Name = "sectortables-jobseeker-registered");
        bus.AddConsumer<JobseekerProfileChangedConsumer>().Endpoint(e => e.Name = "sectortables-jobseeker-profile-changed");
        bus.AddConsumer<JobseekerErasedConsumer>().Endpoint(e => e.Name = "sectortables-jobseeker-erased");
        bus.AddConsumer<MatchesFoundConsumer>().Endpoint(e => e.Name = "sectortables-matches-found");
        bus.AddConsumer<DigestSentConsumer>().Endpoint(e => e.Name = "sectortables-digest-sent");
        bus.AddConsumer<PlacementRecordedConsumer>().Endpoint(e => e.Name = "sectortables-placement-recorded");
        bus.AddConsumer<TrajectoryRecordedConsumer>().Endpoint(e => e.Name = "sectortables-trajectory-recorded");
    }

    public void AddAccessRules(AuthorizationBuilder rules) => rules.AddTableRule();

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        TableEndpoints.Map(endpoints);
        PlanEndpoints.Map(endpoints);
        ActionEndpoints.Map(endpoints);
        PeopleEndpoints.Map(endpoints);
        RegionEndpoints.Map(endpoints);
    }

    public void AddRecurringJobs(IRecurringJobManager jobs)
    {
        jobs.AddMessageRetention<SectortablesDbContext>(Name);
        jobs.AddOrUpdate<FigureHistory>(FigureHistory.JobId, history => history.SnapshotAsync(CancellationToken.None), FigureHistory.Cron,
            new RecurringJobOptions { TimeZone = DutchTime.Zone });
    }

    public async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await services.MigrateAsync<SectortablesDbContext>(cancellationToken);
        await using AsyncServiceScope scope = services.CreateAsyncScope();
        await SeedTables.EnsureAsync(
            scope.ServiceProvider.GetRequiredService<SectortablesDbContext>(), scope.ServiceProvider.GetRequiredService<IReferenceData>(),
            scope.ServiceProvider.GetRequiredService<TimeProvider>(), cancellationToken);
    }

    public async Task SeedDemoDataAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using AsyncServiceScope scope = services.CreateAsyncScope();
        await DemoTable.SeedAsync(
            scope.ServiceProvider.GetRequiredService<SectortablesDbContext>(), scope.ServiceProvider.GetRequiredService<ISectorLeadAccounts>(),
            scope.ServiceProvider.GetRequiredService<TimeProvider>(), cancellationToken);
    }
}

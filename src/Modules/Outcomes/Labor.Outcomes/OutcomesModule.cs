using FluentValidation;
using Hangfire;
using Labor.BuildingBlocks.Messaging;
using Labor.BuildingBlocks.Modules;
using Labor.BuildingBlocks.Persistence;
using Labor.BuildingBlocks.Privacy;
using Labor.Outcomes.Data;
using Labor.Outcomes.Placements;
using Labor.Outcomes.Privacy;
using Labor.Outcomes.ReadModel;
using Labor.Outcomes.Trajectories;
using MassTransit;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Labor.Outcomes;

/// <summary>What the programme is judged on: placements, and later trajectories and Ontwikkelfonds applications (ADR 20).</summary>
public sealed class OutcomesModule : IModule
{
    public string Name => OutcomesDbContext.Schema;

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDatabase<OutcomesDbContext>(configuration, OutcomesDbContext.Schema);
        // A step's validator is made per author (person or staff) with the steps each may record, not resolved.
        services.AddValidatorsFromAssemblyContaining<OutcomesModule>(
            includeInternalTypes: true, filter: found => found.ValidatorType != typeof(StepRequestValidator));
        services.AddScoped<PlacementBook>();
        services.AddScoped<PlacementReader>();
        services.AddScoped<TrajectoryBook>();
        services.AddScoped<TrajectoryReader>();
        services.AddScoped<IPersonalDataSource, OutcomesPersonalData>();
    }

    public void AddConsumers(IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<VacancyPublishedConsumer>().Endpoint(e => e.Name = "outcomes-vacancy-published");
        bus.AddConsumer<VacancyChangedConsumer>().Endpoint(e => e.Name = "outcomes-vacancy-changed");
        bus.AddConsumer<VacancyClosedConsumer>().Endpoint(e => e.Name = "outcomes-vacancy-closed");
        bus.AddConsumer<JobseekerRegisteredConsumer>().Endpoint(e => e.Name = "outcomes-jobseeker-registered");
        bus.AddConsumer<CandidateInvitedConsumer>().Endpoint(e => e.Name = "outcomes-candidate-invited");
        bus.AddConsumer<JobseekerProfileChangedConsumer>().Endpoint(e => e.Name = "outcomes-jobseeker-profile-changed");
        bus.AddConsumer<JobseekerErasedConsumer>().Endpoint(e => e.Name = "outcomes-jobseeker-erased");
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        PlacementEndpoints.Map(endpoints);
        TrajectoryEndpoints.Map(endpoints);
    }

    public void AddRecurringJobs(IRecurringJobManager jobs)
    {
        jobs.AddMessageRetention<OutcomesDbContext>(Name);
        jobs.AddOrUpdate<TrajectoryBook>("outcomes-silent-trajectories", book => book.CloseSilentAsync(CancellationToken.None), "30 3 * * *",
            new RecurringJobOptions { TimeZone = DutchTime.Zone });
    }

    public Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.MigrateAsync<OutcomesDbContext>(cancellationToken);
}

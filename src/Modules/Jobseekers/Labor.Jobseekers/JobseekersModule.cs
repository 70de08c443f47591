using FluentValidation;
using Hangfire;
using Labor.BuildingBlocks.Messaging;
using Labor.BuildingBlocks.Modules;
using Labor.BuildingBlocks.Persistence;
using Labor.BuildingBlocks.Privacy;
using Labor.Jobseekers.Contracts;
using Labor.Reference.Contracts;
using Labor.Jobseekers.Answers;
using Labor.Jobseekers.Data;
using Labor.Jobseekers.Demo;
using Labor.Jobseekers.Privacy;
using Labor.Jobseekers.Profile;
using Labor.Jobseekers.Retention;
using MassTransit;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Labor.Jobseekers;

/// <summary>The jobseeker pool: people register, keep their profile and control their data.</summary>
public sealed class JobseekersModule : IModule
{
    public string Name => JobseekersDbContext.Schema;

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDatabase<JobseekersDbContext>(configuration, JobseekersDbContext.Schema);
        services.AddValidatorsFromAssemblyContaining<JobseekersModule>(includeInternalTypes: true);
        services.AddOptions<RetentionOptions>().Bind(configuration.GetSection(RetentionOptions.Section))
            .Validate(o => o.InactiveMonths > 0 && o.WarningDays > 0 && o.BatchSize > 0, "Jobseekers:Retention values must be positive.").ValidateOnStart();
        services.AddScoped<ProfileComposer>();
        services.AddScoped<JobseekerPool>();
        services.AddScoped<JobseekerErasure>();
        services.AddScoped<PersonalDataDownload>();
        services.AddScoped<IPersonalDataSource, JobseekerPersonalData>();
        services.AddScoped<InactiveProfiles>();
        services.AddScoped<PlacePostcodes>();
        services.AddScoped<ICandidateCards, CandidateCards>();
        services.AddScoped<IDigestSubscriptions, DigestSubscriptions>();
    }

    public void AddConsumers(IBusRegistrationConfigurator bus) =>
        bus.AddConsumer<PlacementRecordedConsumer>().Endpoint(e => e.Name = "jobseekers-placement-recorded");

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => ProfileEndpoints.Map(endpoints);

    public void AddRecurringJobs(IRecurringJobManager jobs)
    {
        jobs.AddMessageRetention<JobseekersDbContext>(Name);
        jobs.AddOrUpdate<InactiveProfiles>(InactiveProfiles.JobId, job => job.RunAsync(CancellationToken.None), "30 3 * * *",
            new RecurringJobOptions { TimeZone = DutchTime.Zone });
        jobs.AddOrUpdate<PlacePostcodes>(PlacePostcodes.JobId, job => job.RunAsync(CancellationToken.None), "20 * * * *");
    }

    /// <summary>Besides the schema, moves profiles off skills the vocabulary has replaced (the vocabulary is loaded first).</summary>
    public async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await services.MigrateAsync<JobseekersDbContext>(cancellationToken);
        await using AsyncServiceScope scope = services.CreateAsyncScope();
        await ReplacedSkills.MoveAsync(
            scope.ServiceProvider.GetRequiredService<JobseekersDbContext>(),
            scope.ServiceProvider.GetRequiredService<IVocabulary>(),
            scope.ServiceProvider.GetRequiredService<TimeProvider>(),
            cancellationToken);
    }

    public async Task SeedDemoDataAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using AsyncServiceScope scope = services.CreateAsyncScope();
        await DemoProfile.SeedAsync(
            scope.ServiceProvider.GetRequiredService<JobseekersDbContext>(),
            scope.ServiceProvider.GetRequiredService<IReferenceData>(),
            scope.ServiceProvider.GetRequiredService<IVocabulary>(),
            scope.ServiceProvider.GetRequiredService<TimeProvider>(),
            cancellationToken);
    }
}

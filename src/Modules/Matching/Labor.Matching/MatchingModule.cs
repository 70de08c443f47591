using Hangfire;
using Labor.BuildingBlocks.Messaging;
using Labor.BuildingBlocks.Modules;
using Labor.BuildingBlocks.Persistence;
using Labor.BuildingBlocks.Privacy;
using Labor.Matching.Contracts;
using Labor.Matching.Answers;
using Labor.Matching.Data;
using Labor.Matching.Digests;
using Labor.Matching.Fairness;
using Labor.Matching.Privacy;
using Labor.Matching.ReadModel;
using Labor.Matching.Results;
using Labor.Matching.Runs;
using MassTransit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Labor.Matching;

/// <summary>The matching engine: finds and explains fits between jobseekers and vacancies, also across sectors.</summary>
public sealed class MatchingModule : IModule
{
    public string Name => MatchingDbContext.Schema;

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDatabase<MatchingDbContext>(configuration, MatchingDbContext.Schema);
        services.AddOptions<MatchingOptions>().Bind(configuration.GetSection(MatchingOptions.Section))
            .Validate(o => o.ChunkSize > 0 && o.Workers >= 0 && o.StalledAfter > TimeSpan.Zero, "Matching:ChunkSize and Matching:StalledAfter must be positive, Matching:Workers 0 or more.").ValidateOnStart();
        services.AddSingleton<LiveIndex>();
        services.AddScoped<MatchLoader>();
        services.AddScoped<IncrementalMatching>();
        services.AddSingleton<RunIndex>();
        services.AddScoped<NightlyRun>();
        services.AddScoped<NightlyChunk>();
        services.AddScoped<NightlyFinish>();
        services.AddScoped<MatchReader>();
        services.AddScoped<FairnessReport>();
        services.AddScoped<ICandidateCounts, CandidateCounts>();
        services.AddScoped<IMatchProposals, MatchProposals>();
        services.AddOptions<DigestOptions>().Bind(configuration.GetSection(DigestOptions.Section))
            .Validate(o => o.ChunkSize > 0 && o.MaxFits is > 0 and <= 20, "Digests:ChunkSize must be positive, Digests:MaxFits 1 to 20.").ValidateOnStart();
        services.AddSingleton<UnsubscribeLinks>();
        services.AddScoped<DigestPlanner>();
        services.AddScoped<DigestMailing>();
        services.AddScoped<DigestFits>();
        services.AddScoped<DigestComposer>();
        services.AddScoped<DigestFinish>();
        services.AddScoped<IPersonalDataSource, MatchingPersonalData>();
    }

    public void AddConsumers(IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<VacancyPublishedConsumer>().Endpoint(e => e.Name = "matching-vacancy-published");
        bus.AddConsumer<VacancyChangedConsumer>().Endpoint(e => e.Name = "matching-vacancy-changed");
        bus.AddConsumer<VacancyClosedConsumer>().Endpoint(e => e.Name = "matching-vacancy-closed");
        bus.AddConsumer<JobseekerProfileChangedConsumer>().Endpoint(e => e.Name = "matching-jobseeker-profile-changed");
        bus.AddConsumer<JobseekerConsentChangedConsumer>().Endpoint(e => e.Name = "matching-jobseeker-consent-changed");
        bus.AddConsumer<JobseekerErasedConsumer>().Endpoint(e => e.Name = "matching-jobseeker-erased");
        bus.AddConsumer<PlacementRecordedConsumer>().Endpoint(e => e.Name = "matching-placement-recorded");
    }

    public void AddAccessRules(AuthorizationBuilder rules) => rules.AddCandidateRule();

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        MatchEndpoints.Map(endpoints);
        FairnessEndpoints.Map(endpoints);
        DigestEndpoints.Map(endpoints);
    }

    public void AddRecurringJobs(IRecurringJobManager jobs)
    {
        jobs.AddMessageRetention<MatchingDbContext>(Name);
        jobs.AddOrUpdate<NightlyRun>(NightlyRun.JobId, run => run.StartAsync(CancellationToken.None), "0 2 * * *",
            new RecurringJobOptions { TimeZone = DutchTime.Zone });
        jobs.AddOrUpdate<NightlyRun>(NightlyRun.WatchJobId, run => run.WatchAsync(CancellationToken.None), Cron.Minutely());
        jobs.AddOrUpdate<DigestPlanner>(DigestPlanner.DailyJobId, planner => planner.DailyAsync(CancellationToken.None), DigestPlanner.DailyCron,
            new RecurringJobOptions { TimeZone = DutchTime.Zone });
        jobs.AddOrUpdate<DigestPlanner>(DigestPlanner.WeeklyJobId, planner => planner.WeeklyAsync(CancellationToken.None), DigestPlanner.WeeklyCron,
            new RecurringJobOptions { TimeZone = DutchTime.Zone });
    }

    public Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.MigrateAsync<MatchingDbContext>(cancellationToken);
}

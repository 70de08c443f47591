using Labor.BuildingBlocks.Messaging;
using Labor.BuildingBlocks.Modules;
using Labor.BuildingBlocks.Persistence;
using Labor.Reference.Contracts;
using Labor.Vacancies.Browse;
using Labor.Vacancies.Contracts;
using Labor.Vacancies.BulkImport;
using Labor.Vacancies.Answers;
using Labor.Vacancies.Data;
using Labor.Vacancies.Demo;
using Labor.Vacancies.Content;
using Labor.Vacancies.Lifecycle;
using Labor.Vacancies.Organisations;
using FluentValidation;
using Hangfire;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Labor.Vacancies;

/// <summary>The vacancy bank: employers publish and maintain vacancies.</summary>
public sealed class VacanciesModule : IModule
{
    public string Name => VacanciesDbContext.Schema;

    public IEnumerable<NavigationLink> Navigation => [new("/vacatures", "Vacatures", "Vacancies", 10)];

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDatabase<VacanciesDbContext>(configuration, VacanciesDbContext.Schema);
        services.AddValidatorsFromAssemblyContaining<VacanciesModule>(includeInternalTypes: true);
        // Every public search is validated; its rules depend on nothing scoped, so they are built once, not per request.
        services.AddSingleton<IValidator<VacancySearchQuery>, VacancySearchQueryValidator>();
        services.AddScoped<VacancyComposer>();
        services.AddScoped<VacancyLifecycle>();
        services.AddScoped<VacancyImport>();
        services.AddSingleton(provider => new VacancySearch(
            ModuleDatabase.ConnectionString(configuration), provider.GetRequiredService<IReferenceData>(), provider.GetRequiredService<IVocabulary>()));
        services.AddScoped<ExpireVacancies>();
        services.AddScoped<IOrganisationNames, OrganisationNames>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        RouteGroupBuilder vacancies = endpoints.MapGroup("/api/vacancies").WithTags("Vacancies");
        BrowseVacancies.Map(vacancies);
        VacancyEndpoints.Map(vacancies);
        OrganisationEndpoints.Map(vacancies);
        ImportEndpoint.Map(vacancies);
    }

    public void AddRecurringJobs(IRecurringJobManager jobs)
    {
        jobs.AddMessageRetention<VacanciesDbContext>(Name);
        jobs.AddOrUpdate<ExpireVacancies>(ExpireVacancies.JobId, job => job.RunAsync(CancellationToken.None), "5 0 * * *",
            new RecurringJobOptions { TimeZone = DutchTime.Zone });
    }

    /// <summary>Besides the schema, moves vacancies off skills the vocabulary has replaced (the vocabulary is loaded first).</summary>
    public async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await services.MigrateAsync<VacanciesDbContext>(cancellationToken);
        await using AsyncServiceScope scope = services.CreateAsyncScope();
        await ReplacedSkills.MoveAsync(
            scope.ServiceProvider.GetRequiredService<VacanciesDbContext>(),
            scope.ServiceProvider.GetRequiredService<IVocabulary>(),
            scope.ServiceProvider.GetRequiredService<TimeProvider>(),
            cancellationToken);
    }

    public async Task SeedDemoDataAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using AsyncServiceScope scope = services.CreateAsyncScope();
        await DemoVacancies.SeedAsync(
            scope.ServiceProvider.GetRequiredService<VacanciesDbContext>(),
            scope.ServiceProvider.GetRequiredService<IReferenceData>(),
            scope.ServiceProvider.GetRequiredService<IVocabulary>(),
            scope.ServiceProvider.GetRequiredService<TimeProvider>(),
            cancellationToken);
    }
}

using Labor.BuildingBlocks.Messaging;
using Labor.BuildingBlocks.Modules;
using Labor.BuildingBlocks.Persistence;
using Labor.Vacancies.Browse;
using Labor.Vacancies.Close;
using Labor.Vacancies.Data;
using Labor.Vacancies.Publish;
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
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        RouteGroupBuilder vacancies = endpoints.MapGroup("/api/vacancies").WithTags("Vacancies");
        PublishVacancy.Map(vacancies);
        BrowseVacancies.Map(vacancies);
        CloseVacancy.Map(vacancies);
    }

    public void AddRecurringJobs(IRecurringJobManager jobs) => jobs.AddMessageRetention<VacanciesDbContext>(Name);

    public Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.MigrateAsync<VacanciesDbContext>(cancellationToken);

    public async Task SeedDemoDataAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using AsyncServiceScope scope = services.CreateAsyncScope();
        await DemoVacancies.SeedAsync(
            scope.ServiceProvider.GetRequiredService<VacanciesDbContext>(),
            scope.ServiceProvider.GetRequiredService<TimeProvider>(),
            cancellationToken);
    }
}

using FluentValidation;
using Labor.BuildingBlocks.Modules;
using Labor.BuildingBlocks.Persistence;
using Labor.Reference.Contracts;
using Labor.Reference.Data;
using Labor.Reference.Esco;
using Labor.Reference.Import;
using Labor.Reference.Places;
using Labor.Reference.Vocabulary;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Labor.Reference;

/// <summary>
/// The shared vocabulary (ADR 5, ADR 6). Other modules depend on <see cref="IReferenceData"/> and
/// <see cref="IVocabulary"/> from its Contracts only.
/// </summary>
public sealed class ReferenceModule : IModule
{
    public string Name => ReferenceDbContext.Schema;

    public IEnumerable<ModuleCommand> Commands => [ImportCommand.Esco];

    public IEnumerable<NavigationLink> Navigation => [new("/scholing", "Scholing", "Training", 40)];

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IReferenceData, StaticReferenceData>().AddPlaces(configuration);
        services.AddDbContext<ReferenceDbContext>(options =>
            options.UseModulePostgres(ModuleDatabase.ConnectionString(configuration), ReferenceDbContext.Schema));
        services.AddSingleton<VocabularyStore>();
        services.AddSingleton<IVocabulary>(provider => provider.GetRequiredService<VocabularyStore>());
        services.AddScoped<VocabularyImporter>();
        services.AddOptions<VocabularyOptions>().BindConfiguration(VocabularyOptions.Section);
        services.AddHostedService<VocabularyRefresh>();
        services.AddEscoOnline(configuration);
        services.AddValidatorsFromAssemblyContaining<ReferenceModule>(includeInternalTypes: true);
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        ReferenceApi.Map(endpoints);
        ImportApi.Map(endpoints);
        EscoEndpoints.Map(endpoints);
    }

    /// <summary>Besides the schema, applies the built-in starter taxonomy when it changed and loads the vocabulary, before any request.</summary>
    public async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await services.MigrateAsync<ReferenceDbContext>(cancellationToken);
        await using AsyncServiceScope scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<VocabularyImporter>().PrepareAsync(cancellationToken);
    }
}

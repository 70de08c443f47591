using Labor.BuildingBlocks.Modules;
using Labor.Reference.Places;
using Labor.Reference.Contracts;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Labor.Reference;

/// <summary>
/// The shared vocabulary (ADR 5). Other modules depend on <see cref="IReferenceData"/> from its Contracts only.
/// </summary>
public sealed class ReferenceModule : IModule
{
    public string Name => "reference";

    public void AddServices(IServiceCollection services, IConfiguration configuration) =>
        services.AddSingleton<IReferenceData, StaticReferenceData>().AddPlaces(configuration);

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => ReferenceApi.Map(endpoints);

    public Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken) => Task.CompletedTask;
}

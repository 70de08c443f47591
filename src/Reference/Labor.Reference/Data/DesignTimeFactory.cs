using Labor.BuildingBlocks.Persistence;

namespace Labor.Reference.Data;

internal sealed class DesignTimeFactory() : ModuleDesignTimeFactory<ReferenceDbContext>(ReferenceDbContext.Schema, options => new ReferenceDbContext(options));

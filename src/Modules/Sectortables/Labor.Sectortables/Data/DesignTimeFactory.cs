using Labor.BuildingBlocks.Persistence;

namespace Labor.Sectortables.Data;

internal sealed class DesignTimeFactory() : ModuleDesignTimeFactory<SectortablesDbContext>(SectortablesDbContext.Schema, options => new SectortablesDbContext(options));

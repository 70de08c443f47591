using Labor.BuildingBlocks.Persistence;

namespace Labor.Outcomes.Data;

internal sealed class DesignTimeFactory() : ModuleDesignTimeFactory<OutcomesDbContext>(OutcomesDbContext.Schema, options => new OutcomesDbContext(options));

using Labor.BuildingBlocks.Persistence;

namespace Labor.Matching.Data;

internal sealed class DesignTimeFactory() : ModuleDesignTimeFactory<MatchingDbContext>(MatchingDbContext.Schema, options => new MatchingDbContext(options));

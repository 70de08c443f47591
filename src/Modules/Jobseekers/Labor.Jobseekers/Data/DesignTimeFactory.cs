using Labor.BuildingBlocks.Persistence;

namespace Labor.Jobseekers.Data;

internal sealed class DesignTimeFactory() : ModuleDesignTimeFactory<JobseekersDbContext>(JobseekersDbContext.Schema, options => new JobseekersDbContext(options));

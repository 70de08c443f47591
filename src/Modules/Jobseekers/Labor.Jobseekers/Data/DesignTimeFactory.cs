using Labor.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Labor.Jobseekers.Data;

/// <summary>Lets `dotnet ef migrations add` build the model without starting the host; it never connects.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<JobseekersDbContext>
{
    public JobseekersDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<JobseekersDbContext>();
        options.UseModulePostgres("Host=localhost", JobseekersDbContext.Schema);
        return new JobseekersDbContext(options.Options);
    }
}

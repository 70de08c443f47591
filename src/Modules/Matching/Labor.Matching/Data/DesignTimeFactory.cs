using Labor.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Labor.Matching.Data;

/// <summary>Lets `dotnet ef migrations add` build the model without starting the host; it never connects.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<MatchingDbContext>
{
    public MatchingDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<MatchingDbContext>();
        options.UseModulePostgres("Host=localhost", MatchingDbContext.Schema);
        return new MatchingDbContext(options.Options);
    }
}

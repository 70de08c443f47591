using Labor.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Labor.Reference.Data;

/// <summary>Lets `dotnet ef migrations add` build the model without starting the host; it never connects.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<ReferenceDbContext>
{
    public ReferenceDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<ReferenceDbContext>();
        options.UseModulePostgres("Host=localhost", ReferenceDbContext.Schema);
        return new ReferenceDbContext(options.Options);
    }
}

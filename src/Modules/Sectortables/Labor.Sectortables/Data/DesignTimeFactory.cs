using Labor.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Labor.Sectortables.Data;

/// <summary>Lets `dotnet ef migrations add` build the model without starting the host; it never connects.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<SectortablesDbContext>
{
    public SectortablesDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<SectortablesDbContext>();
        options.UseModulePostgres("Host=localhost", SectortablesDbContext.Schema);
        return new SectortablesDbContext(options.Options);
    }
}

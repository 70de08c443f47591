using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Labor.BuildingBlocks.Persistence;

/// <summary>
/// Lets `dotnet ef migrations add` build a module's model without starting the host; it never connects. EF looks for
/// a factory in the context's own assembly, so each module declares one line deriving from this.
/// </summary>
public abstract class ModuleDesignTimeFactory<TContext>(string schema, Func<DbContextOptions<TContext>, TContext> create) : IDesignTimeDbContextFactory<TContext>
    where TContext : DbContext
{
    public TContext CreateDbContext(string[] args) =>
        create((DbContextOptions<TContext>)new DbContextOptionsBuilder<TContext>().UseModulePostgres("Host=localhost", schema).Options);
}

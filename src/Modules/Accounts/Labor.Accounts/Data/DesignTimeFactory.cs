using Labor.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Labor.Accounts.Data;

/// <summary>Lets `dotnet ef migrations add` build the model without starting the host; it never connects.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<AccountsDbContext>
{
    public AccountsDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<AccountsDbContext>();
        options.UseModulePostgres("Host=localhost", AccountsDbContext.Schema);
        return new AccountsDbContext(options.Options);
    }
}

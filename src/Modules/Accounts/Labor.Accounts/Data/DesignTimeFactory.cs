using Labor.BuildingBlocks.Persistence;

namespace Labor.Accounts.Data;

internal sealed class DesignTimeFactory() : ModuleDesignTimeFactory<AccountsDbContext>(AccountsDbContext.Schema, options => new AccountsDbContext(options));

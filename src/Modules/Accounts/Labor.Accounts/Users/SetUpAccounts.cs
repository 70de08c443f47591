using Labor.BuildingBlocks.Security;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Labor.Accounts.Users;

/// <summary>
/// The account that exists before anyone signs up: the first admin, from configuration (never a password in code).
/// </summary>
internal sealed class SetUpAccounts(AccountDirectory directory, IConfiguration configuration, ILogger<SetUpAccounts> logger)
{
    public async Task EnsureInitialAdminAsync()
    {
        string? email = configuration["Accounts:InitialAdmin:Email"];
        string? password = configuration["Accounts:InitialAdmin:Password"];
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrWhiteSpace(password) || await directory.AnyAdminAsync())
        {
            return;
        }

        await directory.EnsureAsync(email, Roles.Admin, password);
        logger.LogInformation("Created the initial admin account from configuration");
    }
}

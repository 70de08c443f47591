using Labor.BuildingBlocks.Modules;
using Labor.BuildingBlocks.Security;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Labor.Accounts.Users;

/// <summary>
/// The accounts that exist before anyone signs up: the first admin (from configuration, never a password in code)
/// and, for the demo, one user per role with the password the run command generated.
/// </summary>
internal sealed class SetUpAccounts(AccountDirectory directory, IConfiguration configuration, ILogger<SetUpAccounts> logger)
{
    public static readonly (string Email, string Role)[] DemoUsers =
    [
        ("admin@labor.example", Roles.Admin),
        ("werkgever@labor.example", Roles.Employer),
        ("werkzoekende@labor.example", Roles.Jobseeker),
        ("sectortafel@labor.example", Roles.SectorLead),
        ("programma@labor.example", Roles.ProgrammeStaff),
    ];

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

    public async Task EnsureDemoUsersAsync()
    {
        string? password = configuration["Labor:DemoPassword"];
        if (string.IsNullOrWhiteSpace(password))
        {
            logger.LogWarning("No Labor:DemoPassword configured: demo users not created");
            return;
        }

        foreach ((string email, string role) in DemoUsers)
        {
            bool created = await directory.EnsureAsync(email, role, password,
                organisationId: role == Roles.Employer ? DemoIds.Organisation : null,
                organisationName: role == Roles.Employer ? "Zorggroep De IJssel (demo)" : null,
                id: role == Roles.Jobseeker ? DemoIds.Jobseeker : null);
            if (!created)
            {
                await directory.SetDemoPasswordAsync(email, password);
            }
        }
    }
}

using Labor.Accounts.Users;
using Labor.BuildingBlocks.Modules;
using Labor.BuildingBlocks.Security;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Labor.Accounts.Demo;

/// <summary>For the demo: one user per role, with the password the run command generated.</summary>
internal sealed class DemoAccounts(AccountDirectory directory, IConfiguration configuration, ILogger<DemoAccounts> logger)
{
    private static readonly (string Email, string Role)[] Users =
    [
        ("admin@labor.example", Roles.Admin),
        ("werkgever@labor.example", Roles.Employer),
        ("werkzoekende@labor.example", Roles.Jobseeker),
        ("sectortafel@labor.example", Roles.SectorLead),
        ("programma@labor.example", Roles.ProgrammeStaff),
    ];

    public async Task SeedAsync()
    {
        string? password = configuration["Labor:DemoPassword"];
        if (string.IsNullOrWhiteSpace(password))
        {
            logger.LogWarning("No Labor:DemoPassword configured: demo users not created");
            return;
        }

        foreach ((string email, string role) in Users)
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

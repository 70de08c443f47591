using Labor.Accounts.Contracts;
using Labor.Accounts.Domain;
using Labor.Accounts.Users;
using Labor.BuildingBlocks.Security;
using Microsoft.AspNetCore.Identity;

namespace Labor.Accounts.Answers;

/// <summary>Accounts' door for the sector tables: the account behind an address an admin seats at a table.</summary>
internal sealed class SectorLeadAccounts(UserManager<LaborUser> users, AccountDirectory directory) : ISectorLeadAccounts
{
    public async Task<Guid?> FindAsync(string email, CancellationToken cancellationToken) =>
        await users.FindByEmailAsync(email.Trim()) is { } user && await users.IsInRoleAsync(user, Roles.SectorLead) ? user.Id : null;

    public async Task<SectorLeadAccount?> EnsureAsync(string email, string language, CancellationToken cancellationToken)
    {
        if (await directory.InviteAsync(new NewUserRequest(email, Roles.SectorLead, null, null, language), cancellationToken) is { } invited)
        {
            return new SectorLeadAccount(invited.Id, Invited: true);
        }

        LaborUser existing = (await users.FindByEmailAsync(email.Trim()))!;
        return await users.IsInRoleAsync(existing, Roles.SectorLead) ? new SectorLeadAccount(existing.Id, Invited: false) : null;
    }
}

using Labor.Accounts.Data;
using Labor.BuildingBlocks.Privacy;
using Microsoft.EntityFrameworkCore;

namespace Labor.Accounts.Privacy;

/// <summary>
/// Accounts' part of "download my data": the address, the role, the account's dates, its API sign-ins and wrong-password
/// counts. Never the password hash, a token or the hashed client address.
/// </summary>
internal sealed class AccountPersonalData(AccountsDbContext db) : IPersonalDataSource
{
    public string ModuleName => AccountsDbContext.Schema;

    public async Task<object?> ExportAsync(Guid personId, CancellationToken cancellationToken) =>
        await (from user in db.Users.AsNoTracking()
               where user.Id == personId
               select new
               {
                   user.Email,
                   user.EmailConfirmed,
                   user.Language,
                   Roles = db.UserRoles.Where(link => link.UserId == user.Id).Join(db.Roles, link => link.RoleId, role => role.Id, (_, role) => role.Name).ToList(),
                   user.OrganisationName,
                   user.CreatedAt,
                   user.LockoutEnd,
                   user.AccessFailedCount,
                   SignInsForTheApi = db.RefreshTokens.Where(t => t.UserId == user.Id).OrderBy(t => t.IssuedAt)
                       .Select(t => new { t.IssuedAt, t.ExpiresAt, t.UsedAt, t.RevokedAt }).ToList(),
                   WrongPasswordsByDevice = db.SignInFailures.Where(f => f.UserId == user.Id).Select(f => new { f.Failures, f.LastFailureAt }).ToList(),
               })
            .FirstOrDefaultAsync(cancellationToken);
}

using Labor.Accounts.Data;
using Labor.Accounts.Domain;
using Labor.Accounts.Mails;
using Labor.Accounts.Sessions;
using Labor.BuildingBlocks.Persistence;
using Labor.BuildingBlocks.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Labor.Accounts.Users;

/// <summary>Accounts as an admin sees them: listing, creating with a role, and the set-up accounts.</summary>
internal sealed class AccountDirectory(
    UserManager<LaborUser> users, RoleManager<IdentityRole<Guid>> roles, AccountsDbContext db, AccountMailer mailer, SessionStamps sessions, TimeProvider time,
    ILogger<AccountDirectory> logger)
{
    public async Task<IReadOnlyList<UserSummary>> ListAsync(int limit, CancellationToken cancellationToken) =>
        await (from user in db.Users.AsNoTracking()
               join link in db.UserRoles on user.Id equals link.UserId
               join role in db.Roles on link.RoleId equals role.Id
               orderby user.CreatedAt descending, user.Id
               select new UserSummary(user.Id, user.Email!, role.Name!, user.EmailConfirmed, user.OrganisationId, user.OrganisationName, user.CreatedAt))
            .Take(limit)
            .ToListAsync(cancellationToken);

    /// <returns>The new account, or null when the address already has one.</returns>
    public async Task<UserSummary?> InviteAsync(NewUserRequest request, CancellationToken cancellationToken)
    {
        LaborUser user = NewUser(request.Email!, request.Role!, request.Language, request.OrganisationId, request.OrganisationName);
        if (!await CreateAsync(user, request.Role!, password: null, cancellationToken))
        {
            return null;
        }

        await mailer.SendPasswordResetAsync(user, invitation: true, cancellationToken);
        logger.LogInformation("Admin created account {UserId} as {Role}", user.Id, request.Role);
        return new UserSummary(user.Id, user.Email!, request.Role!, user.EmailConfirmed, user.OrganisationId, user.OrganisationName, user.CreatedAt);
    }

    /// <summary>
    /// Gives the account <paramref name="request"/>'s role and ends its sessions, so the new role holds from its next
    /// sign-in and the old one from nowhere. A jobseeker's account is their profile and keeps its role; an admin does
    /// not change their own, so the platform never loses its last admin by accident.
    /// </summary>
    public async Task<RoleChange> ChangeRoleAsync(Guid userId, RoleChangeRequest request, Guid admin, CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(userId.ToString()) is not { } user)
        {
            return RoleChange.NotFound;
        }

        if (userId == admin)
        {
            return RoleChange.OwnAccount;
        }

        IList<string> current = await users.GetRolesAsync(user);
        if (current.Contains(Roles.Jobseeker) || request.Role == Roles.Jobseeker)
        {
            return RoleChange.JobseekerAccount;
        }

        if (request.Role == Roles.Employer && user.OrganisationId is null && string.IsNullOrWhiteSpace(request.OrganisationName))
        {
            return RoleChange.OrganisationNeeded;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        Succeeded(await users.RemoveFromRolesAsync(user, current));
        bool employer = request.Role == Roles.Employer;
        user.OrganisationId = employer ? user.OrganisationId ?? Guid.CreateVersion7(time.GetUtcNow()) : null;
        user.OrganisationName = employer ? user.OrganisationName ?? request.OrganisationName!.Trim() : null;
        Succeeded(await users.AddToRoleAsync(user, request.Role!));
        await sessions.EndAllAsync(user);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Admin {AdminId} gave account {UserId} the role {Role}; its sessions ended", admin, user.Id, request.Role);
        return RoleChange.Changed;

        static void Succeeded(IdentityResult result)
        {
            if (!result.Succeeded)
            {
                throw new InvalidOperationException("Role not changed: " + string.Join(", ", result.Errors.Select(e => e.Description)));
            }
        }
    }

    public async Task EnsureRolesAsync()
    {
        foreach (string role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole<Guid>(role));
            }
        }
    }

    /// <summary>Creates a confirmed account with a password unless the address has one. For set-up and demo data only.</summary>
    public async Task<bool> EnsureAsync(string email, string role, string password, Guid? organisationId = null, string? organisationName = null, Guid? id = null)
    {
        if (await users.FindByEmailAsync(email) is not null)
        {
            return false;
        }

        LaborUser user = NewUser(email, role, "nl", organisationId, organisationName);
        user.EmailConfirmed = true;
        user.Id = id ?? user.Id;
        return await CreateAsync(user, role, password, CancellationToken.None);
    }

    /// <summary>
    /// Gives an existing account this password. For the demo accounts only: their password belongs to the run command
    /// of the checkout that starts the site, and another checkout on the same machine generates another.
    /// </summary>
    public async Task SetDemoPasswordAsync(string email, string password)
    {
        LaborUser? user = await users.FindByEmailAsync(email);
        if (user is null || await users.CheckPasswordAsync(user, password))
        {
            return;
        }

        IdentityResult reset = await users.ResetPasswordAsync(user, await users.GeneratePasswordResetTokenAsync(user), password);
        if (!reset.Succeeded)
        {
            throw new InvalidOperationException("Demo password not set: " + string.Join(", ", reset.Errors.Select(e => e.Description)));
        }
    }

    public Task<bool> AnyAdminAsync() =>
        db.UserRoles.AnyAsync(link => db.Roles.Any(role => role.Id == link.RoleId && role.Name == Roles.Admin));

    public LaborUser NewUser(string email, string role, string? language, Guid? organisationId, string? organisationName) => new()
    {
        UserName = email.Trim(),
        Email = email.Trim(),
        Language = language ?? "nl",
        OrganisationId = role == Roles.Employer ? organisationId ?? Guid.CreateVersion7(time.GetUtcNow()) : null,
        OrganisationName = role == Roles.Employer ? organisationName?.Trim() : null,
        CreatedAt = time.GetUtcNow().ToStoredPrecision(),
    };

    /// <summary>Stores the account and its role in one transaction.</summary>
    /// <returns>false when the address already has an account (someone registered it a moment earlier).</returns>
    public async Task<bool> CreateAsync(LaborUser user, string role, string? password, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        IdentityResult created = password is null ? await users.CreateAsync(user) : await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            if (created.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.DuplicateEmail)))
            {
                return false;
            }

            throw new InvalidOperationException("Account not created: " + string.Join(", ", created.Errors.Select(e => e.Description)));
        }

        await users.AddToRoleAsync(user, role);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}

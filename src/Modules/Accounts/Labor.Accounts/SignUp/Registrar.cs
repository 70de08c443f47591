using Labor.Accounts.Data;
using Labor.Accounts.Domain;
using Labor.Accounts.Mails;
using Labor.BuildingBlocks.Persistence;
using Labor.BuildingBlocks.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;

namespace Labor.Accounts.SignUp;

/// <summary>
/// Registers an account and mails the confirmation link. Whether the address already has an account changes only
/// which mail that address receives, never the answer: the answer must not tell a stranger who is registered.
/// </summary>
internal sealed class Registrar(UserManager<LaborUser> users, AccountsDbContext db, AccountMailer mailer, TimeProvider time, ILogger<Registrar> logger)
{
    /// <returns>Why the password is refused, or an empty list when the request is accepted.</returns>
    public async Task<IReadOnlyList<string>> RegisterAsync(SignUpRequest request, CancellationToken cancellationToken)
    {
        bool employer = request.Kind == "employer";
        string email = request.Email!.Trim();
        var user = new LaborUser
        {
            UserName = email,
            Email = email,
            Language = request.Language ?? "nl",
            OrganisationId = employer ? Guid.CreateVersion7(time.GetUtcNow()) : null,
            OrganisationName = employer ? request.OrganisationName!.Trim() : null,
            CreatedAt = time.GetUtcNow().ToStoredPrecision(),
        };

        // The password rules are checked first, the same way for every address.
        List<string> refusals = [];
        foreach (IPasswordValidator<LaborUser> validator in users.PasswordValidators)
        {
            IdentityResult check = await validator.ValidateAsync(users, user, request.Password!);
            refusals.AddRange(check.Errors.Select(e => e.Description));
        }

        if (refusals.Count > 0)
        {
            return refusals;
        }

        LaborUser? existing = await users.FindByEmailAsync(email);
        if (existing is not null)
        {
            await mailer.SendAlreadyRegisteredAsync(existing, cancellationToken);
            return [];
        }

        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            IdentityResult created = await users.CreateAsync(user, request.Password!);
            if (!created.Succeeded)
            {
                // Lost a race with a registration of the same address: that one will get its mail.
                logger.LogWarning("Registration not stored: {Errors}", string.Join(", ", created.Errors.Select(e => e.Code)));
                return [];
            }

            await users.AddToRoleAsync(user, employer ? Roles.Employer : Roles.Jobseeker);
            await transaction.CommitAsync(cancellationToken);
        }

        await mailer.SendConfirmationAsync(user, cancellationToken);
        logger.LogInformation("Account {UserId} registered as {Kind}", user.Id, request.Kind);
        return [];
    }

    public async Task<bool> ConfirmAsync(Guid userId, string? code)
    {
        LaborUser? user = await users.FindByIdAsync(userId.ToString());
        string? token = AccountMailer.Decode(code);
        if (user is null || token is null)
        {
            return false;
        }

        bool confirmed = (await users.ConfirmEmailAsync(user, token)).Succeeded;
        if (confirmed)
        {
            logger.LogInformation("Account {UserId} confirmed its e-mail address", user.Id);
        }

        return confirmed;
    }
}

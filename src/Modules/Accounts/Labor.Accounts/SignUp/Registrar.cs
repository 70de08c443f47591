using Labor.Accounts.Domain;
using Labor.Accounts.Mails;
using Labor.Accounts.SignIn;
using Labor.Accounts.Users;
using Labor.BuildingBlocks.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;

namespace Labor.Accounts.SignUp;

/// <summary>
/// Registers an account and mails the confirmation link. Whether the address already has an account changes only
/// which mail that address receives, never the answer or its time: neither may tell a stranger who is registered.
/// </summary>
internal sealed class Registrar(UserManager<LaborUser> users, AccountDirectory directory, AccountMailer mailer, EqualAnswerTime answerTime, ILogger<Registrar> logger)
{
    /// <returns>Why the password is refused, or an empty list when the request is accepted.</returns>
    public async Task<IReadOnlyList<string>> RegisterAsync(SignUpRequest request, CancellationToken cancellationToken)
    {
        string role = request.Kind == "employer" ? Roles.Employer : Roles.Jobseeker;
        LaborUser user = directory.NewUser(request.Email!, role, request.Language, organisationId: null, request.OrganisationName);

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

        await answerTime.AtLeastFloorAsync(() => CreateOrRemindAsync(user, role, request, cancellationToken));
        return [];
    }

    private async Task CreateOrRemindAsync(LaborUser user, string role, SignUpRequest request, CancellationToken cancellationToken)
    {
        LaborUser? existing = await users.FindByEmailAsync(user.Email!);
        if (existing is not null)
        {
            await mailer.SendAlreadyRegisteredAsync(existing, cancellationToken);
            return;
        }

        if (!await directory.CreateAsync(user, role, request.Password, cancellationToken))
        {
            return; // lost a race with a registration of the same address: that one gets its mail
        }

        await mailer.SendConfirmationAsync(user, cancellationToken);
        logger.LogInformation("Account {UserId} registered as {Kind}", user.Id, request.Kind);
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

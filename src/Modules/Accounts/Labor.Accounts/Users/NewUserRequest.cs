using Labor.BuildingBlocks.Web;
using FluentValidation;
using Labor.Accounts.Domain;
using Labor.BuildingBlocks.Security;

namespace Labor.Accounts.Users;

/// <summary>An admin creates an account for someone and invites them by mail to choose a password.</summary>
internal sealed record NewUserRequest(string? Email, string? Role, Guid? OrganisationId, string? OrganisationName, string? Language);

internal sealed class NewUserValidator : AbstractValidator<NewUserRequest>
{
    public NewUserValidator()
    {
        RuleFor(r => r.Email).NotEmpty().MaximumLength(256).MailAddress();
        RuleFor(r => r.Role).NotEmpty().Must(role => Roles.All.Contains(role)).WithMessage("'role' must be one of: " + string.Join(", ", Roles.All) + ".");
        RuleFor(r => r.OrganisationName).NotEmpty().MaximumLength(LaborUser.OrganisationNameMaxLength).When(r => r.Role == Roles.Employer);
        RuleFor(r => r.Language).Must(language => language is null or "nl" or "en").WithMessage("'language' must be 'nl' or 'en'.");
    }
}

internal sealed record UserSummary(Guid Id, string Email, string Role, bool EmailConfirmed, Guid? OrganisationId, string? OrganisationName, DateTimeOffset CreatedAt);

using FluentValidation;
using Labor.Accounts.Domain;
using Labor.BuildingBlocks.Security;

namespace Labor.Accounts.Users;

/// <summary>An admin gives an account another role; an employer's organisation is named when the account has none.</summary>
internal sealed record RoleChangeRequest(string? Role, string? OrganisationName);

internal sealed class RoleChangeValidator : AbstractValidator<RoleChangeRequest>
{
    public RoleChangeValidator()
    {
        RuleFor(r => r.Role).NotEmpty().Must(role => Roles.All.Contains(role)).WithMessage("'role' must be one of: " + string.Join(", ", Roles.All) + ".");
        RuleFor(r => r.OrganisationName).MaximumLength(LaborUser.OrganisationNameMaxLength);
    }
}

internal enum RoleChange
{
    Changed,
    NotFound,
    OwnAccount,
    JobseekerAccount,
    OrganisationNeeded,
}

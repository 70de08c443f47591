using Labor.BuildingBlocks.Web;
using FluentValidation;
using Labor.Accounts.Domain;

namespace Labor.Accounts.SignUp;

/// <summary>Someone signs themselves up, as a jobseeker or for an employer organisation.</summary>
internal sealed record SignUpRequest(string? Email, string? Password, string? Kind, string? OrganisationName, string? Language);

internal sealed class SignUpValidator : AbstractValidator<SignUpRequest>
{
    public static readonly string[] Kinds = ["jobseeker", "employer"];

    public SignUpValidator()
    {
        RuleFor(r => r.Email).NotEmpty().MaximumLength(256).MailAddress();
        RuleFor(r => r.Password).NotEmpty().MaximumLength(256);
        RuleFor(r => r.Kind).NotEmpty().Must(kind => Kinds.Contains(kind)).WithMessage("'kind' must be 'jobseeker' or 'employer'.");
        RuleFor(r => r.OrganisationName).NotEmpty().MaximumLength(LaborUser.OrganisationNameMaxLength).When(r => r.Kind == "employer");
        RuleFor(r => r.OrganisationName).Empty().When(r => r.Kind == "jobseeker").WithMessage("A jobseeker does not sign up for an organisation.");
        RuleFor(r => r.Language).Must(language => language is null or "nl" or "en").WithMessage("'language' must be 'nl' or 'en'.");
    }
}

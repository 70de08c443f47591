using Labor.BuildingBlocks.Web;
using FluentValidation;
using Labor.Sectortables.Domain;

namespace Labor.Sectortables.People;

/// <summary>An admin seats someone at a table by their address; an address without an account gets one and an invitation.</summary>
/// <param name="Function">kartrekker or projectleider.</param>
/// <param name="Language">The invitation's language, "nl" (the default) or "en".</param>
internal sealed record PersonRequest(string? Email, string? Function, string? Language);

internal sealed class PersonRequestValidator : AbstractValidator<PersonRequest>
{
    public PersonRequestValidator()
    {
        RuleFor(r => r.Email).NotEmpty().MaximumLength(256).MailAddress();
        RuleFor(r => r.Function).Must(f => TableFunctions.Codes.Contains(f))
            .WithMessage(TableFunctions.Codes.Expected);
        RuleFor(r => r.Language).Must(language => language is null or "nl" or "en").WithMessage("'language' must be 'nl' or 'en'.");
    }
}

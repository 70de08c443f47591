using FluentValidation;
using Labor.BuildingBlocks.Modules;
using Labor.Jobseekers.Domain;
using Labor.Reference.Contracts;

namespace Labor.Jobseekers.Profile;

internal sealed class ProfileRequestValidator : AbstractValidator<ProfileRequest>
{
    public const int MaxTravelKm = 150;
    public const int MaxHoursPerWeek = 60;
    public const int MaxSkills = 60;
    public const int MaxExperience = 20;
    public const int MaxDiplomas = 20;

    public ProfileRequestValidator(IReferenceData region, IVocabulary vocabulary, TimeProvider time)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(r => r.Name).NotEmpty().MaximumLength(200);
        RuleFor(r => r.Postcode).NotEmpty().Must(postcode => Postcode.TryNormalise(postcode, out _))
            .WithMessage("A Dutch postcode: four digits, then two letters, such as 8011 PK.");
        RuleFor(r => r.Municipality).Must(name => region.FindMunicipality(name) is not null).When(r => !string.IsNullOrWhiteSpace(r.Municipality))
            .WithMessage("One of the 20 municipalities of Regio Zwolle, or leave it out.");
        RuleFor(r => r.MaxTravelKm).NotNull().InclusiveBetween(1, MaxTravelKm);
        RuleFor(r => r.HoursMin).NotNull().InclusiveBetween(1, MaxHoursPerWeek);
        RuleFor(r => r.HoursMax).NotNull().InclusiveBetween(1, MaxHoursPerWeek);
        RuleFor(r => r.HoursMin).LessThanOrEqualTo(r => r.HoursMax).When(r => r.HoursMax is not null)
            .WithMessage("The minimum hours must not be more than the maximum.");
        RuleFor(r => r.AvailableFrom).Must(date => date <= DutchTime.Today(time).AddYears(2)).When(r => r.AvailableFrom is not null)
            .WithMessage("At most two years ahead.");
        RuleFor(r => r.EducationLevel).Must(code => region.FindEducationLevel(code) is not null).When(r => r.EducationLevel is not null)
            .WithMessage("Unknown education level; see /api/reference/education-levels.");
        RuleFor(r => r.Diplomas).Must(d => d!.Count <= MaxDiplomas).WithMessage($"At most {MaxDiplomas} diplomas.").When(r => r.Diplomas is not null);
        RuleForEach(r => r.Diplomas).NotEmpty().MaximumLength(200);
        RuleFor(r => r.Experience).Must(e => e!.Count <= MaxExperience).WithMessage($"At most {MaxExperience} occupations.")
            .Must(e => e!.Select(x => x.Occupation).Distinct().Count() == e!.Count).WithMessage("Each occupation once.")
            .When(r => r.Experience is not null);
        RuleForEach(r => r.Experience).ChildRules(experience =>
        {
            experience.RuleLevelCascadeMode = CascadeMode.Stop;
            experience.RuleFor(e => e.Occupation).NotEmpty()
                .Must(uri => vocabulary.FindOccupation(uri) is not null).WithMessage("Unknown occupation; choose one from /api/reference/occupations.");
            experience.RuleFor(e => e.Years).NotNull().InclusiveBetween(0, 60);
        });
        RuleFor(r => r.Skills).Must(s => s!.Count <= MaxSkills).WithMessage($"At most {MaxSkills} skills.")
            .Must(s => s!.Distinct().Count() == s!.Count).WithMessage("Each skill once.")
            .When(r => r.Skills is not null);
        RuleForEach(r => r.Skills).NotEmpty()
            .Must(uri => vocabulary.FindSkill(uri) is not null).WithMessage("Unknown skill; choose one from /api/reference/skills.");
        RuleForEach(r => r.SectorTables).Must(name => region.FindSectorTable(name) is not null)
            .WithMessage("Must be one of the sector tables: " + string.Join(", ", region.SectorTables.Select(t => t.Name)) + ".");
        RuleFor(r => r.Situation).Must(OneOf(ProfileCodes.Situations)).WithMessage(Use(ProfileCodes.Situations));
        RuleFor(r => r.Language).Must(OneOf(ProfileCodes.Languages)).WithMessage(Use(ProfileCodes.Languages));
        RuleFor(r => r.DigestFrequency).Must(OneOf(ProfileCodes.DigestFrequencies)).WithMessage(Use(ProfileCodes.DigestFrequencies));
        RuleFor(r => r.AfterNewWork).Must(OneOf(ProfileCodes.AfterNewWorkChoices)).WithMessage(Use(ProfileCodes.AfterNewWorkChoices));
        RuleFor(r => r.AgeBand).Must(OneOf(ProfileCodes.AgeBands)).WithMessage(Use(ProfileCodes.AgeBands));
        RuleFor(r => r.Gender).Must(OneOf(ProfileCodes.Genders)).WithMessage(Use(ProfileCodes.Genders));
    }

    /// <summary>Null (not given) or one of the codes.</summary>
    private static Func<string?, bool> OneOf(string[] codes) => code => code is null || codes.Contains(code);

    private static string Use(string[] codes) => "Leave it out, or use one of: " + string.Join(", ", codes) + ".";
}

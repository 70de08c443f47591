using FluentValidation;
using Labor.BuildingBlocks.Modules;
using Labor.Reference.Contracts;
using Labor.Vacancies.Domain;

namespace Labor.Vacancies.Content;

internal sealed class VacancyRequestValidator : AbstractValidator<VacancyRequest>
{
    public const int MaxSkills = 40;
    public const int MaxHoursPerWeek = 60;
    public const int MaxDescriptionLength = 20_000;

    public VacancyRequestValidator(IReferenceData region, IVocabulary vocabulary, TimeProvider time)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(r => r.Title).NotEmpty().MaximumLength(Vacancy.TitleMaxLength);
        RuleFor(r => r.Description).NotEmpty().MaximumLength(MaxDescriptionLength);
        RuleFor(r => r.Occupation).NotEmpty()
            .Must(uri => vocabulary.FindOccupation(uri) is not null).WithMessage("Unknown occupation; choose one from /api/reference/occupations.");
        RuleFor(r => r.Skills).NotEmpty().Must(skills => skills!.Count <= MaxSkills).WithMessage($"At most {MaxSkills} skills.")
            .Must(skills => skills!.Any(s => s.Essential)).WithMessage("Mark at least one skill as essential.")
            .Must(skills => skills!.Select(s => s.Uri).Distinct().Count() == skills!.Count).WithMessage("Each skill once.");
        RuleForEach(r => r.Skills).ChildRules(skill => skill.RuleFor(s => s.Uri).NotEmpty()
            .Must(uri => vocabulary.FindSkill(uri) is not null).WithMessage("Unknown skill; choose one from /api/reference/skills."));
        RuleForEach(r => r.SectorTables).Must(name => region.FindSectorTable(name) is not null)
            .WithMessage("Must be one of the sector tables: " + string.Join(", ", region.SectorTables.Select(t => t.Name)) + ".");
        RuleFor(r => r.MinimumEducation).Must(code => code is null || region.FindEducationLevel(code) is not null)
            .WithMessage("Unknown education level; see /api/reference/education-levels.");
        RuleFor(r => r.HoursMin).NotNull().InclusiveBetween(1, MaxHoursPerWeek);
        RuleFor(r => r.HoursMax).NotNull().InclusiveBetween(1, MaxHoursPerWeek);
        RuleFor(r => r.HoursMin).LessThanOrEqualTo(r => r.HoursMax).When(r => r.HoursMax is not null)
            .WithMessage("The minimum hours must not be more than the maximum.");
        RuleFor(r => r.ContractType).NotEmpty().Must(code => Codes.ContractTypes.Contains(code))
            .WithMessage(Codes.ContractTypes.Expected);
        RuleFor(r => r.Workplace).NotNull().SetValidator(new WorkplaceValidator(region)!);
        RuleFor(r => r.Salary).SetValidator(new SalaryValidator()!).When(r => r.Salary is not null);
        RuleFor(r => r.Openings).InclusiveBetween(1, 500);
        RuleFor(r => r.ValidThrough).NotNull()
            .Must(date => date > DutchTime.Today(time)).WithMessage("The date must be in the future.")
            .Must(date => date <= DutchTime.Today(time).AddYears(1)).WithMessage("At most a year ahead.");
        RuleFor(r => r.HowToApply).NotEmpty().MaximumLength(1000);
    }
}

internal sealed class WorkplaceValidator : AbstractValidator<WorkplaceRequest>
{
    public WorkplaceValidator(IReferenceData region)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(w => w.Mode).NotEmpty().Must(mode => Codes.WorkplaceModes.Contains(mode)).WithMessage("Use onsite, hybrid or remote.");
        When(w => !string.Equals(w.Mode, "remote", StringComparison.OrdinalIgnoreCase), () =>
        {
            RuleFor(w => w.Postcode).NotEmpty().Must(postcode => Postcode.TryNormalise(postcode, out _))
                .WithMessage("A Dutch postcode: four digits, then two letters, such as 8011 PK.");
            RuleFor(w => w.Municipality).NotEmpty().Must(name => region.FindMunicipality(name) is not null)
                .WithMessage("One of the 20 municipalities of Regio Zwolle.");
        });
    }
}

internal sealed class SalaryValidator : AbstractValidator<SalaryRequest>
{
    private static readonly Dictionary<string, decimal> Ceiling = new(StringComparer.OrdinalIgnoreCase) { ["hour"] = 500, ["month"] = 50_000, ["year"] = 600_000 };

    public SalaryValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(s => s.Period).NotEmpty().Must(period => Codes.SalaryPeriods.Contains(period)).WithMessage("Use hour, month or year.");
        RuleFor(s => s.Min).NotNull().GreaterThan(0);
        RuleFor(s => s.Max).NotNull().GreaterThanOrEqualTo(s => s.Min).WithMessage("The maximum must not be less than the minimum.")
            .Must((salary, max) => salary.Period is null || !Ceiling.TryGetValue(salary.Period, out decimal ceiling) || max <= ceiling)
            .WithMessage("That is more than any salary in the region; check the period.");
    }
}

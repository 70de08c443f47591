using Labor.Reference.Contracts;
using Labor.Vacancies.Browse;
using Labor.Vacancies.Content;

namespace Labor.Vacancies.Pages.Employer;

/// <summary>
/// The vacancy form as a person fills it in: the occupation and skills by name (with suggestions while typing),
/// skills one per line. It becomes the same <see cref="VacancyRequest"/> the API takes, so one validator judges both.
/// </summary>
internal sealed class VacancyForm
{
    public string? Title { get; set; }
    public string? Description { get; set; }
    public string? Occupation { get; set; }
    public string? EssentialSkills { get; set; }
    public string? OptionalSkills { get; set; }
    public List<string> SectorTables { get; set; } = [];
    public string? MinimumEducation { get; set; } = "none";
    public bool ExperienceReplacesEducation { get; set; }
    public int? HoursMin { get; set; }
    public int? HoursMax { get; set; }
    public string? ContractType { get; set; } = "permanent";
    public string? WorkplaceMode { get; set; } = "onsite";
    public string? Postcode { get; set; }
    public string? Municipality { get; set; }
    public decimal? SalaryMin { get; set; }
    public decimal? SalaryMax { get; set; }
    public string? SalaryPeriod { get; set; } = "month";
    public int? Openings { get; set; } = 1;
    public DateOnly? ValidThrough { get; set; }
    public string? HowToApply { get; set; }
    public bool ConfirmDuplicate { get; set; }

    /// <summary>The request, and the lines of the skill fields that name no known skill.</summary>
    public (VacancyRequest Request, IReadOnlyList<string> UnknownSkills, bool UnknownOccupation) ToRequest(IVocabulary vocabulary, Language language, bool draft)
    {
        string? occupation = VocabularyNames.Occupation(vocabulary, Occupation, language);
        var unknown = new List<string>();
        List<SkillChoice> skills = [.. Skills(EssentialSkills, true), .. Skills(OptionalSkills, false)];
        var request = new VacancyRequest(
            Title, Description, occupation ?? Occupation, skills, SectorTables.Count > 0 ? SectorTables : null,
            MinimumEducation, ExperienceReplacesEducation, HoursMin, HoursMax, ContractType,
            new WorkplaceRequest(WorkplaceMode, Postcode, Municipality),
            SalaryMin is null && SalaryMax is null ? null : new SalaryRequest(SalaryMin, SalaryMax, SalaryPeriod),
            Openings, ValidThrough, HowToApply, draft, ConfirmDuplicate);
        return (request, unknown, occupation is null && !string.IsNullOrWhiteSpace(Occupation));

        IEnumerable<SkillChoice> Skills(string? lines, bool essential)
        {
            foreach (string line in (lines ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                string? uri = VocabularyNames.Skill(vocabulary, line, language);
                if (uri is null)
                {
                    unknown.Add(line);
                }
                else
                {
                    yield return new SkillChoice(uri, essential);
                }
            }
        }
    }

    public static VacancyForm From(VacancyResponse vacancy, Language language) => new()
    {
        Title = vacancy.Title,
        Description = vacancy.DescriptionHtml,
        Occupation = vacancy.Occupation.Label.In(language),
        EssentialSkills = string.Join('\n', vacancy.Skills.Where(s => s.Essential).Select(s => s.Label.In(language))),
        OptionalSkills = string.Join('\n', vacancy.Skills.Where(s => !s.Essential).Select(s => s.Label.In(language))),
        SectorTables = [.. vacancy.SectorTables],
        MinimumEducation = vacancy.MinimumEducation,
        ExperienceReplacesEducation = vacancy.ExperienceReplacesEducation,
        HoursMin = vacancy.HoursMin,
        HoursMax = vacancy.HoursMax,
        ContractType = vacancy.ContractType,
        WorkplaceMode = vacancy.Workplace.Mode,
        Postcode = vacancy.Workplace.Postcode,
        Municipality = vacancy.Workplace.Municipality,
        SalaryMin = vacancy.Salary?.Min,
        SalaryMax = vacancy.Salary?.Max,
        SalaryPeriod = vacancy.Salary?.Period ?? "month",
        Openings = vacancy.Openings,
        ValidThrough = vacancy.ValidThrough,
        HowToApply = vacancy.HowToApply,
    };
}

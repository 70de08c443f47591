using Labor.Reference.Contracts;
using Labor.Vacancies.Domain;
using Labor.Vacancies.Content;

namespace Labor.Vacancies.Browse;

/// <summary>A vacancy as the API shows it: everything an applicant reads, with vocabulary labels in Dutch and English.</summary>
internal sealed record VacancyResponse(
    Guid Id,
    OrganisationRef Organisation,
    string Title,
    string DescriptionHtml,
    Concept Occupation,
    IReadOnlyList<SkillResponse> Skills,
    IReadOnlyList<string> SectorTables,
    string MinimumEducation,
    bool ExperienceReplacesEducation,
    int HoursMin,
    int HoursMax,
    string ContractType,
    WorkplaceResponse Workplace,
    SalaryResponse? Salary,
    int Openings,
    DateOnly ValidThrough,
    string HowToApply,
    string Status,
    string? ClosedReason,
    DateTimeOffset? PublishedAt,
    DateTimeOffset? ClosedAt,
    DateTimeOffset UpdatedAt)
{
    public static VacancyResponse From(Vacancy vacancy, string? organisationName, IVocabulary vocabulary)
    {
        VacancyContent content = vacancy.Content;
        return new VacancyResponse(
            vacancy.Id,
            new OrganisationRef(vacancy.OrganisationId, organisationName),
            content.Title,
            content.DescriptionHtml,
            Concept.Of(content.OccupationUri, vocabulary.FindOccupation(content.OccupationUri)?.Label),
            [
                .. content.EssentialSkills.Select(uri => new SkillResponse(uri, vocabulary.FindSkill(uri)?.Label ?? new Label(uri, uri), true)),
                .. content.OptionalSkills.Select(uri => new SkillResponse(uri, vocabulary.FindSkill(uri)?.Label ?? new Label(uri, uri), false)),
            ],
            content.SectorTables,
            content.MinimumEducation,
            content.ExperienceReplacesEducation,
            content.HoursMin,
            content.HoursMax,
            Codes.ContractTypes[content.ContractType],
            new WorkplaceResponse(Codes.WorkplaceModes[content.Workplace.Mode], content.Workplace.Postcode, content.Workplace.Municipality,
                content.Workplace.Latitude, content.Workplace.Longitude),
            content.Salary is { } salary ? new SalaryResponse(salary.Min, salary.Max, Codes.SalaryPeriods[salary.Period]) : null,
            content.Openings,
            content.ValidThrough,
            content.HowToApply,
            Codes.Statuses[vacancy.Status],
            vacancy.ClosedReason is { } reason ? Codes.ClosedReasons[reason] : null,
            vacancy.PublishedAt,
            vacancy.ClosedAt,
            vacancy.UpdatedAt);
    }
}

internal sealed record OrganisationRef(Guid Id, string? Name);

internal sealed record Concept(string Uri, Label Label)
{
    public static Concept Of(string uri, Label? label) => new(uri, label ?? new Label(uri, uri));
}

internal sealed record SkillResponse(string Uri, Label Label, bool Essential);

internal sealed record WorkplaceResponse(string Mode, string? Postcode, string? Municipality, double? Latitude, double? Longitude);

internal sealed record SalaryResponse(decimal Min, decimal Max, string Period);

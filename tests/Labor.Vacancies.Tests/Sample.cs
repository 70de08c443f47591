using Labor.Vacancies.Domain;
using Labor.Vacancies.Content;

namespace Labor.Vacancies.Tests;

/// <summary>A forklift vacancy in Zwolle, as content and as an employer sends it; tests change one thing with <c>with</c>.</summary>
internal static class Sample
{
    public static readonly Guid Organisation = Guid.Parse("00000000-0000-0000-0000-0000000000e1");

    public static readonly VacancyContent Content = new()
    {
        Title = "Heftruckchauffeur dagdienst",
        DescriptionHtml = "<p>…</p>",
        DescriptionText = "Wij zoeken een ervaren heftruckchauffeur voor ons distributiecentrum in Zwolle. Je laadt en lost vrachtwagens en houdt de voorraad op orde.",
        OccupationUri = Occupations.ForkliftDriver,
        EssentialSkills = [Skills.Forklift],
        OptionalSkills = [Skills.OrderPicking],
        SectorTables = [Region.Logistics],
        MinimumEducation = "none",
        HoursMin = 32,
        HoursMax = 40,
        ContractType = ContractType.TempAgency,
        Workplace = new Workplace(WorkplaceMode.Onsite, "8011 PK", "Zwolle", 52.5127, 6.09167, Geocoded: true),
        ValidThrough = new DateOnly(2026, 6, 30),
        HowToApply = "Mail je cv naar werk@voorbeeld.nl",
    };

    public static VacancyRequest Request(FixedClock clock) => new(
        Title: "Heftruckchauffeur dagdienst",
        Description: "Wij zoeken een heftruckchauffeur.\n\nJe werkt in dagdienst.",
        Occupation: Occupations.ForkliftDriver,
        Skills: [new(Skills.Forklift, true), new(Skills.OrderPicking, false)],
        SectorTables: null,
        MinimumEducation: null,
        ExperienceReplacesEducation: null,
        HoursMin: 32,
        HoursMax: 40,
        ContractType: "temp-agency",
        Workplace: new WorkplaceRequest("onsite", "8011 pk", "Zwolle"),
        Salary: null,
        Openings: null,
        ValidThrough: clock.Today.AddDays(30),
        HowToApply: "Mail je cv naar werk@voorbeeld.nl");
}

using Labor.Client;
using Labor.Vacancies.Contracts;

namespace Labor.Testing;

/// <summary>Valid vacancies on the ESCO vocabulary, for tests to vary one field at a time.</summary>
public static class SampleVacancies
{
    public const string ForkliftOperator = "http://data.europa.eu/esco/occupation/eeac6251-1974-42f5-91ed-513c6c883755";
    public const string OperateForklift = "http://data.europa.eu/esco/skill/28cb374e-6261-4133-8371-f9a5470145da";
    public const string LoadAndUnload = "http://data.europa.eu/esco/skill/c80b2f08-ab07-4632-be78-68c6ec1f3b41";
    public const string OrderPicking = "http://data.europa.eu/esco/skill/ee5e2297-39cc-4ed6-89e5-d58016118a7f";

    /// <summary>The regional skill ESCO's "operate forklift" replaced (ADR 12): still accepted, stored as the ESCO skill.</summary>
    public const string RegionalOperateForklift = "urn:labor:skill:operate-forklift";

    public static VacancyDraft Forklift(string title = "Heftruckchauffeur", string municipality = "Zwolle") => new()
    {
        Title = title,
        Description = "<p>Je rijdt heftruck in ons <strong>distributiecentrum</strong>.</p><ul><li>laden en lossen</li><li>orders verzamelen</li></ul>",
        Occupation = ForkliftOperator,
        Skills = [new(OperateForklift, true), new(LoadAndUnload, true), new(OrderPicking, false)],
        MinimumEducation = "mbo2",
        ExperienceReplacesEducation = true,
        HoursMin = 32,
        HoursMax = 40,
        ContractType = "permanent",
        Workplace = new WorkplaceChoice("onsite", "8011 PK", municipality),
        Salary = new SalaryRange(2600, 3100, "month"),
        Openings = 2,
        ValidThrough = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30),
        HowToApply = "Mail je cv naar werk@voorbeeld.example.",
    };

    /// <summary>The event as Vacancies would publish it, for tests that talk to the bus directly.</summary>
    public static VacancyPublished PublishedEvent(Guid id, string title) => new(
        new VacancyDetails(
            id, Guid.NewGuid(), title, ForkliftOperator, [new(OperateForklift, true)], ["Transport & Logistiek"], "none", false, 32, 40,
            "permanent", "onsite", "Kampen", 52.5553, 5.9120, DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30), 1),
        DateTimeOffset.UtcNow);
}

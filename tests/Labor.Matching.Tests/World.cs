using Labor.Jobseekers.Contracts;
using Labor.Matching.Engine;
using Labor.Reference.Contracts;
using Labor.Vacancies.Contracts;

namespace Labor.Matching.Tests;

/// <summary>The skills of the small world the engine is tested in, with the reuse level that decides how far each carries.</summary>
internal static class Skills
{
    public const string Vehicles = "urn:test:skill:vehicles";         // cross-sector, broader than the two below
    public const string Forklift = "urn:test:skill:forklift";         // sector-specific
    public const string ReachTruck = "urn:test:skill:reach-truck";    // sector-specific, a sibling of Forklift
    public const string OrderPicking = "urn:test:skill:order-picking"; // cross-sector
    public const string Stock = "urn:test:skill:stock";               // cross-sector, related to OrderPicking by ESCO
    public const string Teamwork = "urn:test:skill:teamwork";         // transversal
    public const string WoundCare = "urn:test:skill:wound-care";      // occupation-specific
    public const string Hygiene = "urn:test:skill:hygiene";           // occupation-specific, related to WoundCare
    public const string OldForklift = "urn:labor:skill:heftruck";     // a regional skill ESCO's Forklift replaced

    public static readonly string[] All = [Vehicles, Forklift, ReachTruck, OrderPicking, Stock, Teamwork, WoundCare, Hygiene];
}

/// <summary>Occupations chosen for their ISCO-08 codes: one unit group, a neighbour in its minor group, and one far away.</summary>
internal static class Occupations
{
    public const string ForkliftDriver = "urn:test:occupation:forklift-driver";     // 8344
    public const string ReachTruckDriver = "urn:test:occupation:reach-truck-driver"; // 8344: same unit group
    public const string CraneOperator = "urn:test:occupation:crane-operator";       // 8343: same minor group 834
    public const string Nurse = "urn:test:occupation:nurse";                        // 2221
    public const string ShopAssistant = "urn:test:occupation:shop-assistant";       // 5223: outside every table

    public static readonly string[] All = [ForkliftDriver, ReachTruckDriver, CraneOperator, Nurse, ShopAssistant];
}

/// <summary>
/// The engine over a small vocabulary, and a forklift driver and a forklift vacancy in Zwolle that fit perfectly:
/// each test changes one thing of them (with <c>with</c>) and looks at what that does to the score.
/// </summary>
internal sealed class World
{
    public static readonly DateOnly ValidThrough = new(2026, 6, 30);

    public static readonly VacancyDetails ForkliftVacancy = new(
        VacancyId: Guid.Parse("00000000-0000-0000-0000-00000000000a"),
        OrganisationId: Guid.Parse("00000000-0000-0000-0000-0000000000e1"),
        Title: "Heftruckchauffeur",
        OccupationUri: Occupations.ForkliftDriver,
        Skills: [new(Skills.Forklift, true), new(Skills.OrderPicking, false), new(Skills.Teamwork, false)],
        SectorTables: [Region.Logistics],
        MinimumEducation: "none",
        ExperienceReplacesEducation: false,
        HoursMin: 32,
        HoursMax: 40,
        ContractType: "permanent",
        WorkplaceMode: "onsite",
        Municipality: "Zwolle",
        Latitude: Region.Zwolle.Latitude,
        Longitude: Region.Zwolle.Longitude,
        ValidThrough: ValidThrough,
        Openings: 1);

    public static readonly JobseekerProfile ForkliftDriver = new(
        Municipality: "Zwolle",
        Latitude: Region.Zwolle.Latitude,
        Longitude: Region.Zwolle.Longitude,
        MaxTravelKm: 25,
        HoursMin: 32,
        HoursMax: 40,
        AvailableFrom: null,
        EducationLevel: "mbo2",
        Experience: [new(Occupations.ForkliftDriver, 5)],
        Skills: [Skills.Forklift, Skills.OrderPicking, Skills.Teamwork],
        SectorTables: [Region.Logistics],
        OpenToOtherSectors: false,
        Situation: "employed",
        DigestFrequency: "daily",
        Fairness: new FairnessTraits(null, null));

    public World()
    {
        Vocabulary = new Vocabulary()
            .Skill(Skills.Vehicles, "voertuigen besturen")
            .Skill(Skills.Forklift, "heftruck besturen", "sector-specific", broader: Skills.Vehicles)
            .Skill(Skills.ReachTruck, "reachtruck besturen", "sector-specific", broader: Skills.Vehicles)
            .Skill(Skills.OrderPicking, "orderpicken")
            .Skill(Skills.Stock, "voorraad beheren")
            .Skill(Skills.Teamwork, "samenwerken", "transversal")
            .Skill(Skills.WoundCare, "wondverzorging", "occupation-specific")
            .Skill(Skills.Hygiene, "hygiëne bewaken", "occupation-specific")
            .Replaced(Skills.OldForklift, Skills.Forklift)
            .Relate(Skills.OrderPicking, Skills.Stock)
            .Relate(Skills.WoundCare, Skills.Hygiene)
            .Occupation(Occupations.ForkliftDriver, "8344", "heftruckchauffeur", Region.Logistics)
            .Occupation(Occupations.ReachTruckDriver, "8344", "reachtruckchauffeur", Region.Logistics)
            .Occupation(Occupations.CraneOperator, "8343", "kraanmachinist", Region.Logistics)
            .Occupation(Occupations.Nurse, "2221", "verpleegkundige", Region.Care)
            .Occupation(Occupations.ShopAssistant, "5223", "winkelmedewerker");
        Concepts = new Concepts(Vocabulary, new Region());
    }

    public Vocabulary Vocabulary { get; }

    public Concepts Concepts { get; }

    /// <summary>A point <paramref name="km"/> east of Zwolle on the engine's flat map.</summary>
    public static (double Latitude, double Longitude) EastOfZwolle(double km) =>
        (Region.Zwolle.Latitude, Region.Zwolle.Longitude + (km / FlatMap.KmPerDegreeLongitude));

    public VacancyEntry Entry(VacancyDetails vacancy) => EntryFactory.Vacancy(vacancy, Concepts);

    public JobseekerEntry Entry(JobseekerProfile profile) =>
        EntryFactory.Jobseeker(Guid.Parse("00000000-0000-0000-0000-0000000000f1"), profile, consented: true, Concepts)
        ?? throw new InvalidOperationException("The profile says too little to match on.");

    /// <summary>The pair's score, or null when it does not fit: the whole decision, as the nightly run asks it.</summary>
    public Score? Score(JobseekerProfile profile, VacancyDetails vacancy)
    {
        VacancyEntry v = Entry(vacancy);
        JobseekerEntry j = Entry(profile);
        return Score(j, v);
    }

    public Score? Score(JobseekerEntry j, VacancyEntry v)
    {
        var marks = new SkillMarks(Concepts.SkillCount);
        marks.Mark(j, Concepts);
        return Scorer.TryScore(j, marks, v, Concepts, out Score score) ? score : null;
    }
}

using Labor.Jobseekers.Profile;

namespace Labor.Jobseekers.Tests;

/// <summary>A forklift driver from Zwolle as they fill in their profile; tests change one thing with <c>with</c>.</summary>
internal static class Sample
{
    public const string ForkliftDriver = "urn:test:occupation:forklift-driver";
    public const string Nurse = "urn:test:occupation:nurse";
    public const string Forklift = "urn:test:skill:forklift";
    public const string OldForklift = "urn:labor:skill:heftruck";
    public const string OrderPicking = "urn:test:skill:order-picking";

    public static Vocabulary Vocabulary() => new Vocabulary()
        .Skill(Forklift, "heftruck besturen", "sector-specific")
        .Skill(OrderPicking, "orderpicken")
        .Replaced(OldForklift, Forklift)
        .Occupation(ForkliftDriver, "8344", "heftruckchauffeur", Region.Logistics)
        .Occupation(Nurse, "2221", "verpleegkundige", Region.Care);

    public static readonly ProfileRequest Request = new(
        Name: "Marieke de Vries",
        Postcode: "8011 PK",
        Municipality: null,
        MaxTravelKm: 25,
        HoursMin: 24,
        HoursMax: 32,
        AvailableFrom: null,
        EducationLevel: "mbo2",
        Diplomas: ["Heftruckcertificaat"],
        Experience: [new(ForkliftDriver, 6)],
        Skills: [Forklift, OrderPicking],
        SectorTables: [Region.Logistics],
        OpenToOtherSectors: null,
        Situation: null,
        Language: null,
        DigestFrequency: null,
        AgeBand: null,
        Gender: null);
}

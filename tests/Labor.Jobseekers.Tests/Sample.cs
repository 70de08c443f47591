using Labor.Jobseekers.Profile;

namespace Labor.Jobseekers.Tests;

/// <summary>A forklift driver from Zwolle as they fill in their profile; tests change one thing with <c>with</c>.</summary>
internal static class Sample
{
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
        Experience: [new(Occupations.ForkliftDriver, 6)],
        Skills: [Skills.Forklift, Skills.OrderPicking],
        SectorTables: [Region.Logistics],
        OpenToOtherSectors: null,
        Situation: null,
        Language: null,
        DigestFrequency: null,
        AgeBand: null,
        Gender: null);
}

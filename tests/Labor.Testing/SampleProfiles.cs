using Labor.Client;

namespace Labor.Testing;

/// <summary>Valid jobseeker profiles from the starter taxonomy, for tests to vary one field at a time.</summary>
public static class SampleProfiles
{
    public const string WarehouseWorker = "http://data.europa.eu/esco/occupation/bea705fe-06ac-4147-b8e0-6e8ac1208d8f";

    public static ProfileDraft Warehouse(string name = "Sanne de Vries") => new()
    {
        Name = name,
        Postcode = "8261aa",
        MaxTravelKm = 25,
        HoursMin = 24,
        HoursMax = 36,
        AvailableFrom = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(14),
        EducationLevel = "mbo2",
        Diplomas = ["Logistiek medewerker (mbo 2)"],
        Experience = [new ExperienceEntry(WarehouseWorker, 6)],
        Skills = [SampleVacancies.OrderPicking, SampleVacancies.LoadAndUnload],
        SectorTables = ["Transport & Logistiek"],
        OpenToOtherSectors = true,
        Situation = "employed",
        Language = "nl",
        DigestFrequency = "weekly",
    };
}

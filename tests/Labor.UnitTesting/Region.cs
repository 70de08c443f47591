using Labor.Reference.Contracts;

namespace Labor.UnitTesting;

/// <summary>
/// A few of the region's sector tables, municipalities and education levels, under their real names and codes: enough
/// for the rules that look them up, and small enough to reason about in a test.
/// </summary>
public sealed class Region : IReferenceData
{
    public const string Logistics = "Transport & Logistiek";
    public const string Care = "Zorg & Welzijn";
    public const string ECommerce = "E-commerce & IT";

    public static readonly GeoPoint Zwolle = new(52.5168, 6.0830);
    public static readonly GeoPoint Kampen = new(52.5550, 5.9110);
    public static readonly GeoPoint Hardenberg = new(52.5750, 6.6190);

    public IReadOnlyList<SectorTable> SectorTables { get; } =
        [new(Logistics, "Transport & logistics"), new(Care, "Health care & welfare"), new(ECommerce, "E-commerce & IT")];

    public IReadOnlyList<Municipality> Municipalities { get; } =
        [new("Zwolle", "Overijssel", Zwolle), new("Kampen", "Overijssel", Kampen), new("Hardenberg", "Overijssel", Hardenberg)];

    public IReadOnlyList<EducationLevel> EducationLevels { get; } =
    [
        new("none", "Geen diploma", "No diploma", 0),
        new("mbo2", "mbo 2", "mbo 2", 2),
        new("mbo4", "mbo 4", "mbo 4", 4),
        new("hbo", "hbo-bachelor", "Bachelor", 6),
    ];

    public SectorTable? FindSectorTable(string? name) => SectorTables.FirstOrDefault(t => Same(t.Name, name));

    public Municipality? FindMunicipality(string? name) => Municipalities.FirstOrDefault(m => Same(m.Name, name));

    public EducationLevel? FindEducationLevel(string? code) => EducationLevels.FirstOrDefault(l => Same(l.Code, code));

    // As the real reference data compares: ignoring case and surrounding spaces.
    private static bool Same(string known, string? given) => string.Equals(known, given?.Trim(), StringComparison.OrdinalIgnoreCase);
}

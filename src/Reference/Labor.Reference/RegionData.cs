using Labor.Reference.Contracts;

namespace Labor.Reference;

/// <summary>The region's fixed vocabulary, as the programme documents name it.</summary>
internal static class RegionData
{
    public static IReadOnlyList<SectorTable> SectorTables { get; } =
    [
        new("Agri & Food", "Agri & food"),
        new("Bouw", "Construction"),
        new("Creatieve industrie", "Creative industry"),
        new("E-commerce & IT", "E-commerce & IT"),
        new("Onderwijs", "Education"),
        new("Techniek & Energietransitie", "Engineering & energy transition"),
        new("Transport & Logistiek", "Transport & logistics"),
        new("Zorg & Welzijn", "Health care & welfare"),
        new("Vrijetijdseconomie", "Leisure economy"),
    ];

    /// <summary>
    /// The 20 municipalities, each with the coordinates of its main town (WGS 84, to about 0.01°, roughly 1 km).
    /// Used for distances when a postcode cannot be looked up; a geocoded postcode is always preferred.
    /// </summary>
    public static IReadOnlyList<Municipality> Municipalities { get; } =
    [
        new("Dalfsen", "Overijssel", new(52.5085, 6.2593)),
        new("De Wolden", "Drenthe", new(52.6700, 6.4330)),
        new("Dronten", "Flevoland", new(52.5250, 5.7180)),
        new("Elburg", "Gelderland", new(52.4480, 5.8350)),
        new("Hardenberg", "Overijssel", new(52.5750, 6.6190)),
        new("Hattem", "Gelderland", new(52.4750, 6.0630)),
        new("Heerde", "Gelderland", new(52.3870, 6.0410)),
        new("Kampen", "Overijssel", new(52.5550, 5.9110)),
        new("Meppel", "Drenthe", new(52.6960, 6.1940)),
        new("Noordoostpolder", "Flevoland", new(52.7110, 5.7490)),
        new("Nunspeet", "Gelderland", new(52.3790, 5.7860)),
        new("Oldebroek", "Gelderland", new(52.4440, 5.9020)),
        new("Olst-Wijhe", "Overijssel", new(52.3300, 6.1300)),
        new("Ommen", "Overijssel", new(52.5210, 6.4200)),
        new("Raalte", "Overijssel", new(52.3860, 6.2750)),
        new("Staphorst", "Overijssel", new(52.6450, 6.2110)),
        new("Steenwijkerland", "Overijssel", new(52.7870, 6.1200)),
        new("Westerveld", "Drenthe", new(52.8300, 6.3300)),
        new("Zwartewaterland", "Overijssel", new(52.6050, 6.0600)),
        new("Zwolle", "Overijssel", new(52.5168, 6.0830)),
    ];

    /// <summary>Lowest first. Without a diploma (0) still counts: "at least mbo 2" excludes it.</summary>
    public static IReadOnlyList<EducationLevel> EducationLevels { get; } =
    [
        new("none", "Geen diploma", "No diploma", 0),
        new("mbo1", "mbo 1 (entree)", "mbo 1 (entry level)", 1),
        new("mbo2", "mbo 2", "mbo 2", 2),
        new("mbo3", "mbo 3", "mbo 3", 3),
        new("mbo4", "mbo 4", "mbo 4", 4),
        new("ad", "Associate degree", "Associate degree", 5),
        new("hbo", "hbo-bachelor", "Bachelor (university of applied sciences)", 6),
        new("wo-bachelor", "wo-bachelor", "Bachelor (research university)", 7),
        new("wo-master", "wo-master", "Master (research university)", 8),
    ];
}

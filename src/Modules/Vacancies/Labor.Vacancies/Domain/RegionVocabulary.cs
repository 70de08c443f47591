namespace Labor.Vacancies.Domain;

/// <summary>
/// The sector tables and municipalities a vacancy may name. Kept as data (the programme foresees a tenth table);
/// the shared reference-data component replaces this list when it arrives.
/// </summary>
internal static class RegionVocabulary
{
    public static IReadOnlyList<string> Sectors { get; } =
    [
        "Agri & Food", "Bouw", "Creatieve industrie", "E-commerce & IT", "Onderwijs",
        "Techniek & Energietransitie", "Transport & Logistiek", "Zorg & Welzijn", "Vrijetijdseconomie",
    ];

    public static IReadOnlyList<string> Municipalities { get; } =
    [
        "Dalfsen", "De Wolden", "Dronten", "Elburg", "Hardenberg", "Hattem", "Heerde", "Kampen", "Meppel",
        "Noordoostpolder", "Nunspeet", "Oldebroek", "Olst-Wijhe", "Ommen", "Raalte", "Staphorst",
        "Steenwijkerland", "Westerveld", "Zwartewaterland", "Zwolle",
    ];

    /// <summary>The canonical spelling of <paramref name="value"/> in <paramref name="list"/>, ignoring case.</summary>
    public static string? Canonical(IReadOnlyList<string> list, string? value) =>
        list.FirstOrDefault(item => string.Equals(item, value?.Trim(), StringComparison.OrdinalIgnoreCase));
}

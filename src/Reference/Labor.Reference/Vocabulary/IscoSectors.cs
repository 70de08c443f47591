using System.Collections.Frozen;
using Labor.BuildingBlocks.Csv;
using Labor.Reference.Import;

namespace Labor.Reference.Vocabulary;

/// <summary>
/// The default sector tables of an occupation, from its ISCO-08 unit group (<c>Vocabulary/isco-sector-tables.csv</c>,
/// reviewed group by group, ADR 12). The file lists every unit group, so a group outside every table (retail, office,
/// finance, public administration, security, cleaning) is a decision with a reason, not a gap. The starter taxonomy
/// overrides this per occupation.
/// </summary>
internal static class IscoSectors
{
    private const string File = "isco-sector-tables.csv";

    private static readonly Lazy<FrozenDictionary<string, string[]>> ByUnitGroup = new(() =>
    {
        using Stream content = BuiltInFiles.Open(File);
        return Read(content);
    });

    /// <summary>The tables of a code's unit group: its first four digits, so an ESCO code such as 2654.1 counts as 2654.</summary>
    public static IReadOnlyList<string> For(string iscoCode) =>
        iscoCode.Length >= 4 && ByUnitGroup.Value.TryGetValue(iscoCode[..4], out string[]? tables) ? tables : [];

    public static IEnumerable<string> UnitGroups => ByUnitGroup.Value.Keys;

    public static IEnumerable<string> TableNames => ByUnitGroup.Value.Values.SelectMany(t => t).Distinct(StringComparer.Ordinal);

    /// <summary>Reads a sector table file; a group listed twice, a code that is no unit group or an unknown table refuses it.</summary>
    public static FrozenDictionary<string, string[]> Read(Stream content)
    {
        HashSet<string> known = [.. RegionData.SectorTables.Select(t => t.Name)];
        var errors = new ImportErrors();
        var byGroup = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (CsvRow row in CsvTable.Read(content, File, ["isco", "tables", "label", "note"], errors))
        {
            if (row.Required("isco") is not { } isco || row.Required("label") is null)
            {
                continue;
            }

            // An empty list is a decision (no table claims the group), so it needs no marker.
            string[] tables = row.Optional("tables")?.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) ?? [];
            if (!Vocab.IsIscoCode(isco, minLength: 4))
            {
                row.Fail("isco", $"'{isco}' is not an ISCO-08 unit group (4 digits)");
            }
            else if (tables.FirstOrDefault(t => !known.Contains(t)) is { } unknown)
            {
                row.Fail("tables", $"'{unknown}' is not one of the sector tables");
            }
            else if (!byGroup.TryAdd(isco, tables))
            {
                row.Fail("isco", $"{isco} is listed twice");
            }
        }

        BuiltInFiles.ThrowIfAny(errors, "sector tables");

        return byGroup.ToFrozenDictionary(StringComparer.Ordinal);
    }
}

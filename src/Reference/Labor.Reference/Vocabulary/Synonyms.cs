using System.Collections.Frozen;
using Labor.BuildingBlocks.Csv;

namespace Labor.Reference.Vocabulary;

/// <summary>
/// Dutch (Netherlands) words for concepts that ESCO, with its Flemish flavour and its English-only skills, lacks or
/// words differently ("vakkenvuller", "kassa bedienen"): found by search, each row naming its source
/// (<c>Vocabulary/Synonyms/synonyms-nl.csv</c>, ADR 12). They never become a concept's label.
/// </summary>
internal sealed class Synonyms(FrozenDictionary<string, string[]> byUri)
{
    private static readonly Lazy<Synonyms> BuiltInFile = new(ReadBuiltIn);

    public static Synonyms BuiltIn => BuiltInFile.Value;

    public IReadOnlyList<string> Of(string uri) => byUri.GetValueOrDefault(uri) ?? [];

    private static Synonyms ReadBuiltIn()
    {
        const string file = "synonyms-nl.csv";
        using Stream content = BuiltInFiles.Open($"Synonyms.{file}");
        var errors = new ImportErrors();
        var rows = new List<(string Uri, string Label)>();
        foreach (CsvRow row in CsvTable.Read(content, file, ["uri", "kind", "label", "source"], errors))
        {
            if (row.Required("uri") is { } uri && row.Required("label") is { } label && row.Required("source") is not null)
            {
                rows.Add((uri, label));
            }
        }

        BuiltInFiles.ThrowIfAny(errors, "synonyms");

        return new Synonyms(rows
            .GroupBy(row => row.Uri, StringComparer.Ordinal)
            .ToFrozenDictionary(group => group.Key, group => group.Select(row => row.Label).Distinct(StringComparer.OrdinalIgnoreCase).ToArray(), StringComparer.Ordinal));
    }
}

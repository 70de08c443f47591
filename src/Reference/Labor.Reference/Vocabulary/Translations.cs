using System.Collections.Frozen;
using Labor.BuildingBlocks.Csv;

namespace Labor.Reference.Vocabulary;

/// <summary>
/// Dutch words and the English words ESCO's skill labels use for them ("tekening" → "drawing", "rijden" → "drive"),
/// each row naming its source (<c>Vocabulary/Synonyms/words-nl-en.csv</c>, ADR 12). ESCO's skills are labelled in
/// English only; a phrase-level synonym helps one skill, a word helps every skill that uses it. Keyed by the Dutch
/// word's stem, so its plural, verb and noun forms find the same words.
/// </summary>
internal sealed class Translations(FrozenDictionary<string, string[]> byStem)
{
    private static readonly Lazy<Translations> BuiltInFile = new(ReadBuiltIn);

    public static Translations BuiltIn => BuiltInFile.Value;

    public static Translations None { get; } = new(FrozenDictionary<string, string[]>.Empty);

    /// <summary>The English words for a folded Dutch word (any of its forms), none when it has no entry.</summary>
    public IReadOnlyList<string> Of(string word) => byStem.GetValueOrDefault(Words.Stem(word)) ?? [];

    /// <summary>Pairs of one Dutch and one English word, as typed; a word of several words is not a word.</summary>
    public static Translations From(IEnumerable<(string Dutch, string English)> pairs) => new(pairs
        .Select(pair => (Dutch: Words.Of(pair.Dutch), English: Words.Of(pair.English)))
        .Where(pair => pair.Dutch.Length == 1 && pair.English.Length == 1)
        .GroupBy(pair => Words.Stem(pair.Dutch[0]), pair => pair.English[0], StringComparer.Ordinal)
        .ToFrozenDictionary(group => group.Key, group => group.Distinct(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal));

    private static Translations ReadBuiltIn()
    {
        const string file = "words-nl-en.csv";
        using Stream content = BuiltInFiles.Open($"Synonyms.{file}");
        var errors = new ImportErrors();
        var pairs = new List<(string, string)>();
        foreach (CsvRow row in CsvTable.Read(content, file, ["nl", "en", "source"], errors))
        {
            if (row.Required("nl") is { } dutch && row.Required("source") is not null)
            {
                string[] english = row.List("en");
                if (Words.Of(dutch).Length != 1 || english.Length == 0 || english.Any(word => Words.Of(word).Length != 1))
                {
                    row.Fail("en", "one Dutch word and one or more English words, each one word");
                }

                pairs.AddRange(english.Select(word => (dutch, word)));
            }
        }

        BuiltInFiles.ThrowIfAny(errors, "word translations");
        return From(pairs);
    }
}


namespace Labor.Reference.Contracts;

/// <summary>
/// People name occupations and skills in words; vacancies and profiles store URIs. A URI is taken as is; words must match a
/// label (preferred or alternative, Dutch or English) exactly, or be the only suggestion the vocabulary has for them.
/// A replaced regional skill's URI gives the ESCO skill that replaced it.
/// </summary>
public static class VocabularyNames
{
    public static string? Occupation(IVocabulary vocabulary, string? text, Language language) =>
        Resolve(text, uri => vocabulary.FindOccupation(uri)?.Uri, words => vocabulary.SuggestOccupations(words, language, 2));

    public static string? Skill(IVocabulary vocabulary, string? text, Language language) =>
        Resolve(text, uri => vocabulary.FindSkill(uri)?.Uri, words => vocabulary.SuggestSkills(words, language, 2));

    /// <summary>The skills among <paramref name="uris"/> the vocabulary has replaced (ADR 12), each with the skill that replaced it.</summary>
    public static IReadOnlyDictionary<string, string> ReplacedSkills(IVocabulary vocabulary, IEnumerable<string> uris) =>
        uris.Distinct(StringComparer.Ordinal)
            .Select(uri => (Uri: uri, Current: vocabulary.FindSkill(uri)?.Uri))
            .Where(pair => pair.Current is not null && pair.Current != pair.Uri)
            .ToDictionary(pair => pair.Uri, pair => pair.Current!, StringComparer.Ordinal);

    /// <summary>The same skills, each replaced one named by the skill that replaced it.</summary>
    public static string[] Current(IReadOnlyDictionary<string, string> replaced, IEnumerable<string> uris) =>
        [.. uris.Select(uri => replaced.GetValueOrDefault(uri, uri)).Distinct(StringComparer.Ordinal)];

    private static string? Resolve(string? text, Func<string, string?> known, Func<string, IReadOnlyList<Suggestion>> suggest)
    {
        string? trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        if (known(trimmed) is { } uri)
        {
            return uri;
        }

        IReadOnlyList<Suggestion> suggestions = suggest(trimmed);
        Suggestion? exact = suggestions.FirstOrDefault(s => string.Equals(s.MatchedLabel, trimmed, StringComparison.OrdinalIgnoreCase)
                                                            || string.Equals(s.Label, trimmed, StringComparison.OrdinalIgnoreCase));
        return exact?.Uri ?? (suggestions.Count == 1 ? suggestions[0].Uri : null);
    }
}

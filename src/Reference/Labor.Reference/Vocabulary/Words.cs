using System.Globalization;
using System.Text;

namespace Labor.Reference.Vocabulary;

/// <summary>How labels and queries are cut into comparable words: lower case, accents dropped, letters and digits only.</summary>
internal static class Words
{
    public static string[] Of(string text)
    {
        string folded = Fold(text);
        return folded.Split(Separators, StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>
    /// A crude common stem of a folded word, so that forms of one word meet: plural and verb endings (-en, -s), an
    /// adjective's -e, then -ing, then a doubled last consonant ("plannen" and "planning" → "plan", "tekeningen" and
    /// "tekenen" → "teken", "factureren" and "facturering" → "facturer"). English forms meet the same way ("drawings" →
    /// "draw"). Not a linguistic stemmer: both sides are cut alike, which is all matching needs. Not -er: it would make
    /// "lassen" meet "laser".
    /// </summary>
    public static string Stem(string word)
    {
        const int shortest = 3;
        ReadOnlySpan<char> stem = word;
        stem = Cut(Cut(stem, "en") is var plural && plural.Length < stem.Length ? plural : Cut(stem, "s"), "e");
        stem = Cut(stem, "ing");
        if (stem.Length < word.Length && stem.Length > shortest && stem[^1] == stem[^2] && !"aeiou".Contains(stem[^1]))
        {
            stem = stem[..^1];
        }

        return stem.Length == word.Length ? word : stem.ToString();

        static ReadOnlySpan<char> Cut(ReadOnlySpan<char> stem, string ending) =>
            stem.Length - ending.Length >= shortest && stem.EndsWith(ending, StringComparison.Ordinal) && !(ending == "s" && stem[^2] == 's')
                ? stem[..^ending.Length] : stem;
    }

    private static string Fold(string text)
    {
        var folded = new StringBuilder(text.Length);
        foreach (char c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsLetterOrDigit(c))
            {
                folded.Append(char.ToLowerInvariant(c));
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(' ');
            }
        }

        return folded.ToString();
    }

    private static readonly char[] Separators = [' '];

    /// <summary>
    /// True when <paramref name="a"/> becomes <paramref name="b"/> with at most one insertion, deletion, substitution
    /// or swap of neighbours: the typo a person makes once per word.
    /// </summary>
    public static bool WithinOneEdit(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }

        int start = a.CommonPrefixLength(b);
        if (start == a.Length && start == b.Length)
        {
            return true;
        }

        ReadOnlySpan<char> restA = a[start..];
        ReadOnlySpan<char> restB = b[start..];
        if (restA.Length == restB.Length)
        {
            return restA[1..].SequenceEqual(restB[1..])
                || (restA.Length >= 2 && restA[0] == restB[1] && restA[1] == restB[0] && restA[2..].SequenceEqual(restB[2..]));
        }

        return restA.Length > restB.Length ? restA[1..].SequenceEqual(restB) : restA.SequenceEqual(restB[1..]);
    }

    /// <summary>True when the word begins with something within one edit of <paramref name="prefix"/>.</summary>
    public static bool StartsWithinOneEdit(string word, string prefix)
    {
        for (int length = prefix.Length - 1; length <= prefix.Length + 1; length++)
        {
            if (length > 0 && length <= word.Length && WithinOneEdit(prefix, word.AsSpan(0, length)))
            {
                return true;
            }
        }

        return false;
    }
}

using Labor.Reference.Contracts;

namespace Labor.Reference.Vocabulary;

/// <summary>
/// Autocomplete over concept labels, built once per vocabulary snapshot. Every word of the query must match a word of
/// one label: exactly, as a prefix, or, from four letters on, with one typo. Ranking prefers fewer typos, labels that
/// start with the query, preferred labels, the asked language and short labels; ties go to the URI, so the same query
/// always gives the same answer.
/// </summary>
internal sealed class LabelIndex
{
    private const int TypoMinimumLength = 4;

    private readonly IReadOnlyList<IndexedConcept> concepts;
    private readonly LabelEntry[] labels;
    private readonly string[] words;           // distinct words, ordinal order, for prefix search
    private readonly int[][] postings;         // word → labels holding it, ascending
    private readonly int[][] wordsByLength;    // length → word ids, for the typo scan

    public LabelIndex(IReadOnlyList<IndexedConcept> concepts)
    {
        this.concepts = concepts;
        var entries = new List<LabelEntry>();
        var wordLabels = new SortedDictionary<string, List<int>>(StringComparer.Ordinal);
        for (int concept = 0; concept < concepts.Count; concept++)
        {
            foreach ((string text, bool preferred, Language language) in concepts[concept].Labels)
            {
                string[] labelWords = Words.Of(text);
                if (labelWords.Length == 0)
                {
                    continue;
                }

                int id = entries.Count;
                entries.Add(new LabelEntry(concept, text, preferred, language, labelWords[0]));
                foreach (string word in labelWords.Distinct(StringComparer.Ordinal))
                {
                    if (!wordLabels.TryGetValue(word, out List<int>? list))
                    {
                        wordLabels[word] = list = [];
                    }

                    list.Add(id);
                }
            }
        }

        labels = [.. entries];
        words = [.. wordLabels.Keys];
        postings = [.. wordLabels.Values.Select(list => list.ToArray())];
        int longest = words.Length == 0 ? 0 : words.Max(w => w.Length);
        wordsByLength = [.. Enumerable.Range(0, longest + 2).Select(length => Enumerable.Range(0, words.Length).Where(w => words[w].Length == length).ToArray())];
    }

    public IReadOnlyList<Suggestion> Suggest(string text, Language language, int limit)
    {
        string[] query = Words.Of(text);
        if (query.Length == 0 || limit <= 0)
        {
            return [];
        }

        // Start from the rarest word's labels and check the others against them, so work follows the answer's size.
        Dictionary<int, int>[] perWord = [.. query.Select(word => MatchingLabels(word))];
        Dictionary<int, int> narrowest = perWord.MinBy(map => map.Count)!;
        var best = new Dictionary<int, (int Label, Rank Rank)>();
        foreach ((int label, int _) in narrowest)
        {
            int typos = 0;
            bool all = true;
            foreach (Dictionary<int, int> map in perWord)
            {
                if (!map.TryGetValue(label, out int cost))
                {
                    all = false;
                    break;
                }

                typos += cost;
            }

            if (!all)
            {
                continue;
            }

            LabelEntry entry = labels[label];
            var rank = new Rank(typos, entry.FirstWord.StartsWith(query[0], StringComparison.Ordinal), entry.Preferred, entry.Language == language, entry.Text.Length);
            if (!best.TryGetValue(entry.Concept, out (int Label, Rank Rank) current) || rank.CompareTo(current.Rank) < 0)
            {
                best[entry.Concept] = (label, rank);
            }
        }

        return [.. best
            .OrderBy(pair => pair.Value.Rank)
            .ThenBy(pair => concepts[pair.Key].Uri, StringComparer.Ordinal)
            .Take(limit)
            .Select(pair => new Suggestion(concepts[pair.Key].Uri, concepts[pair.Key].Label.In(language), labels[pair.Value.Label].Text))];
    }

    /// <summary>The labels holding a word that matches <paramref name="word"/>, with the cost: 0 exact or prefix, 1 a typo.</summary>
    private Dictionary<int, int> MatchingLabels(string word)
    {
        var matches = new Dictionary<int, int>();
        int first = Array.BinarySearch(words, word, StringComparer.Ordinal);
        for (int w = first >= 0 ? first : ~first; w < words.Length && words[w].StartsWith(word, StringComparison.Ordinal); w++)
        {
            Add(matches, w, cost: 0);
        }

        if (word.Length >= TypoMinimumLength)
        {
            for (int length = word.Length - 1; length < wordsByLength.Length; length++)
            {
                foreach (int w in wordsByLength[length])
                {
                    if (!words[w].StartsWith(word, StringComparison.Ordinal) && Words.StartsWithinOneEdit(words[w], word))
                    {
                        Add(matches, w, cost: 1);
                    }
                }
            }
        }

        return matches;
    }

    private void Add(Dictionary<int, int> matches, int word, int cost)
    {
        foreach (int label in postings[word])
        {
            if (!matches.TryGetValue(label, out int known) || cost < known)
            {
                matches[label] = cost;
            }
        }
    }

    private readonly record struct LabelEntry(int Concept, string Text, bool Preferred, Language Language, string FirstWord);

    private readonly record struct Rank(int Typos, bool StartsWithQuery, bool Preferred, bool InLanguage, int Length) : IComparable<Rank>
    {
        public int CompareTo(Rank other) =>
            Typos != other.Typos ? Typos.CompareTo(other.Typos)
            : StartsWithQuery != other.StartsWithQuery ? other.StartsWithQuery.CompareTo(StartsWithQuery)
            : Preferred != other.Preferred ? other.Preferred.CompareTo(Preferred)
            : InLanguage != other.InLanguage ? other.InLanguage.CompareTo(InLanguage)
            : Length.CompareTo(other.Length);
    }
}

/// <summary>A concept as the index sees it: its URI, its display label, and every label it can be found by.</summary>
internal sealed record IndexedConcept(string Uri, Label Label, IReadOnlyList<(string Text, bool Preferred, Language Language)> Labels);

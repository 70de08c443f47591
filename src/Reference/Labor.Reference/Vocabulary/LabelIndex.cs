using Labor.Reference.Contracts;

namespace Labor.Reference.Vocabulary;

/// <summary>
/// Autocomplete over concept labels, built once per vocabulary snapshot. Every word of the query must match a word of
/// one label: whole, as a prefix, as a part of a Dutch compound ("medewerker" in "horecamedewerker"), or, from four
/// letters on, with one typo. A query word that matches nothing whole may itself be a compound of two label words
/// ("heftruckchauffeur"). Ranking: fewer typos, the whole label typed, whole words before prefixes and parts, labels
/// that start with the query, preferred labels before alternative ones and synonyms before hidden ones, the asked
/// language, short labels; ties go to the URI, so the same query always gives the same answer.
/// </summary>
internal sealed class LabelIndex
{
    private const int TypoMinimumLength = 4;
    private const int CompoundPartMinimumLength = 3;

    // Costs of one query word against one label: whole word, prefix, compound part, typo.
    private const int Whole = 0;
    private const int Prefix = 1;
    private const int Part = 2;
    private const int Typo = 3;

    private readonly IReadOnlyList<IndexedConcept> concepts;
    private readonly LabelEntry[] labels;
    private readonly string[] words;           // distinct words, ordinal order, for prefix search
    private readonly int[][] postings;         // word → labels holding it, ascending
    private readonly int[][] partPostings;     // word → labels holding it only inside a compound

    public LabelIndex(IReadOnlyList<IndexedConcept> concepts)
    {
        this.concepts = concepts;
        var entries = new List<LabelEntry>();
        var wordLabels = new SortedDictionary<string, List<int>>(StringComparer.Ordinal);
        for (int concept = 0; concept < concepts.Count; concept++)
        {
            foreach ((string text, LabelKind kind, Language language) in concepts[concept].Labels)
            {
                string[] labelWords = Words.Of(text);
                if (labelWords.Length == 0)
                {
                    continue;
                }

                int id = entries.Count;
                entries.Add(new LabelEntry(concept, text, kind, language, labelWords));
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
        partPostings = CompoundParts(words, postings);
    }

    /// <summary>What the index was built from.</summary>
    public IReadOnlyList<IndexedConcept> Concepts => concepts;

    public IReadOnlyList<Suggestion> Suggest(string text, Language language, int limit)
    {
        string[] query = Words.Of(text);
        if (query.Length == 0 || limit <= 0)
        {
            return [];
        }

        // Start from the rarest word's labels and check the others against them, so work follows the answer's size.
        Dictionary<int, int>[] perWord = [.. query.Select(MatchingLabels)];
        Dictionary<int, int> narrowest = perWord.MinBy(map => map.Count)!;
        var best = new Dictionary<int, (int Label, Rank Rank)>();
        foreach ((int label, int _) in narrowest)
        {
            int typos = 0;
            int partial = 0;
            bool all = true;
            foreach (Dictionary<int, int> map in perWord)
            {
                if (!map.TryGetValue(label, out int cost))
                {
                    all = false;
                    break;
                }

                typos += cost == Typo ? 1 : 0;
                partial += cost is Prefix or Part ? 1 : 0;
            }

            if (!all)
            {
                continue;
            }

            LabelEntry entry = labels[label];
            bool wholeLabel = typos == 0 && partial == 0 && entry.Words.Length == query.Length;
            var rank = new Rank(typos, wholeLabel, partial, entry.Words[0].StartsWith(query[0], StringComparison.Ordinal), entry.Kind,
                entry.Language == language, entry.Text.Length);
            if (!best.TryGetValue(entry.Concept, out (int Label, Rank Rank) current) || rank.CompareTo(current.Rank) < 0)
            {
                best[entry.Concept] = (label, rank);
            }
        }

        // Only the best few are wanted: keep them in a heap whose top is the worst kept, instead of sorting every hit.
        Comparison<(int Concept, int Label, Rank Rank)> better = (a, b) =>
            a.Rank.CompareTo(b.Rank) is var order and not 0 ? order : string.CompareOrdinal(concepts[a.Concept].Uri, concepts[b.Concept].Uri);
        var kept = new PriorityQueue<(int Concept, int Label, Rank Rank), (int Concept, int Label, Rank Rank)>(
            limit + 1, Comparer<(int Concept, int Label, Rank Rank)>.Create((a, b) => better(b, a)));
        foreach ((int concept, (int label, Rank rank)) in best)
        {
            kept.Enqueue((concept, label, rank), (concept, label, rank));
            if (kept.Count > limit)
            {
                kept.Dequeue();
            }
        }

        var top = new List<(int Concept, int Label, Rank Rank)>(kept.Count);
        while (kept.TryDequeue(out var entry, out _))
        {
            top.Add(entry);
        }

        top.Sort(better);
        return [.. top.Select(entry => Suggestion(concepts[entry.Concept], labels[entry.Label], language))];
    }

    private static Suggestion Suggestion(IndexedConcept concept, LabelEntry matched, Language language)
    {
        (string label, Language shown) = concept.Label.Shown(language);
        // A hidden label is a misspelling or an outdated form: found, never shown.
        string matchedText = matched.Kind == LabelKind.Hidden ? label : matched.Text;
        return new Suggestion(concept.Uri, label, matchedText, shown.Code());
    }

    /// <summary>The labels holding a word that matches <paramref name="word"/>, each with its cheapest cost.</summary>
    private Dictionary<int, int> MatchingLabels(string word)
    {
        var matches = new Dictionary<int, int>();
        int first = Array.BinarySearch(words, word, StringComparer.Ordinal);
        if (first >= 0)
        {
            Add(matches, postings[first], Whole);
            Add(matches, partPostings[first], Part);
        }

        for (int w = first >= 0 ? first + 1 : ~first; w < words.Length && words[w].StartsWith(word, StringComparison.Ordinal); w++)
        {
            Add(matches, postings[w], Prefix);
        }

        if (first < 0)
        {
            AddCompoundOfTwo(matches, word);
        }

        if (word.Length >= TypoMinimumLength)
        {
            // People rarely get the first letter wrong, so only words starting with it (or, for two swapped letters,
            // with the second) are tried: a small share of the vocabulary instead of all of it.
            AddTypos(matches, word, word[0]);
            if (word[1] != word[0])
            {
                AddTypos(matches, word, word[1]);
            }
        }

        return matches;
    }

    private void AddTypos(Dictionary<int, int> matches, string word, char first)
    {
        int start = Array.BinarySearch(words, first.ToString(), StringComparer.Ordinal);
        for (int w = start >= 0 ? start : ~start; w < words.Length && words[w][0] == first; w++)
        {
            if (words[w].Length >= word.Length - 1 && !words[w].StartsWith(word, StringComparison.Ordinal) && Words.StartsWithinOneEdit(words[w], word))
            {
                Add(matches, postings[w], Typo);
            }
        }
    }

    /// <summary>"heftruckchauffeur" typed as one word finds labels holding both "heftruck" and "chauffeur".</summary>
    private void AddCompoundOfTwo(Dictionary<int, int> matches, string word)
    {
        for (int split = CompoundPartMinimumLength; split <= word.Length - CompoundPartMinimumLength; split++)
        {
            int head = Array.BinarySearch(words, word[..split], StringComparer.Ordinal);
            int tail = head < 0 ? -1 : Array.BinarySearch(words, word[split..], StringComparer.Ordinal);
            if (tail >= 0)
            {
                var withTail = new HashSet<int>(postings[tail]);
                Add(matches, [.. postings[head].Where(withTail.Contains)], Part);
            }
        }
    }

    private static void Add(Dictionary<int, int> matches, int[] labelIds, int cost)
    {
        foreach (int label in labelIds)
        {
            if (!matches.TryGetValue(label, out int known) || cost < known)
            {
                matches[label] = cost;
            }
        }
    }

    /// <summary>
    /// For each word, the labels where it is the tail of a longer word ("medewerker" in "horecamedewerker",
    /// "software" in "cadsoftware"): Dutch writes compounds as one word, people often type them apart.
    /// </summary>
    private static int[][] CompoundParts(string[] words, int[][] postings)
    {
        var index = new Dictionary<string, int>(words.Length, StringComparer.Ordinal);
        for (int w = 0; w < words.Length; w++)
        {
            index[words[w]] = w;
        }

        var parts = new List<int>[words.Length];
        for (int w = 0; w < words.Length; w++)
        {
            string word = words[w];
            for (int split = CompoundPartMinimumLength; split <= word.Length - CompoundPartMinimumLength; split++)
            {
                if (index.TryGetValue(word[split..], out int tail))
                {
                    (parts[tail] ??= []).AddRange(postings[w]);
                }
            }
        }

        return [.. parts.Select(list => list is null ? [] : list.Distinct().ToArray())];
    }

    private readonly record struct LabelEntry(int Concept, string Text, LabelKind Kind, Language Language, string[] Words);

    private readonly record struct Rank(int Typos, bool WholeLabel, int Partial, bool StartsWithQuery, LabelKind Kind, bool InLanguage, int Length)
        : IComparable<Rank>
    {
        public int CompareTo(Rank other) =>
            Typos != other.Typos ? Typos.CompareTo(other.Typos)
            : WholeLabel != other.WholeLabel ? other.WholeLabel.CompareTo(WholeLabel)
            : Partial != other.Partial ? Partial.CompareTo(other.Partial)
            : StartsWithQuery != other.StartsWithQuery ? other.StartsWithQuery.CompareTo(StartsWithQuery)
            : Kind != other.Kind ? Kind.CompareTo(other.Kind)
            : InLanguage != other.InLanguage ? other.InLanguage.CompareTo(InLanguage)
            : Length.CompareTo(other.Length);
    }
}

/// <summary>How a label names its concept, in the order search prefers them.</summary>
internal enum LabelKind
{
    Preferred,
    Alternative,
    Synonym,
    Hidden,
}

/// <summary>A concept as the index sees it: its URI, its display label, and every label it can be found by.</summary>
internal sealed record IndexedConcept(string Uri, Label Label, IReadOnlyList<(string Text, LabelKind Kind, Language Language)> Labels);

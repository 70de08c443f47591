using Labor.Reference.Contracts;

namespace Labor.Reference.Vocabulary;

/// <summary>
/// Autocomplete over concept labels, built once per vocabulary snapshot. Every word of the query must match a word of
/// one label: whole, as a prefix, as a part of a Dutch compound ("medewerker" in "horecamedewerker"), or, from four
/// letters on, with one typo. A query word that matches nothing whole may itself be a compound of two label words
/// ("heftruckchauffeur"). A word also matches other forms of itself ("plannen", "planning") and, given translations,
/// the English words for it ("tekeningen" → "drawings"), also for either half of a compound; filler words ("kennis
/// van") need not match. Ranking: fewer typos, fewer fillers missing, fewer translated words, the whole label typed,
/// whole words before prefixes and parts, labels that start with the query, preferred labels before alternative ones
/// and synonyms before hidden ones, the asked language, broader concepts, short labels; ties go to the URI, so the
/// same query always gives the same answer.
/// </summary>
internal sealed class LabelIndex
{
    private const int TypoMinimumLength = 4;
    private const int CompoundPartMinimumLength = 3;

    // Costs of one query word against one label: whole word, prefix, compound part or another form of the word, an
    // English word for a Dutch one, typo.
    private const int Whole = 0;
    private const int Prefix = 1;
    private const int Part = 2;
    private const int Translated = 3;
    private const int Typo = 4;

    /// <summary>
    /// Words people add around a skill that its labels seldom hold ("kennis van", "ervaring met", "communicatief
    /// vaardig"): a label need not match them, but ranks below one that does.
    /// </summary>
    private static readonly HashSet<string> Fillers = new(
        ["aan", "de", "een", "en", "ervaring", "goed", "goede", "het", "in", "kennis", "met", "om", "op", "te", "vaardig", "vaardigheden", "vaardigheid", "van", "voor"],
        StringComparer.Ordinal);

    private readonly IReadOnlyList<IndexedConcept> concepts;
    private readonly LabelEntry[] labels;
    private readonly string[] words;           // distinct words, ordinal order, for prefix search
    private readonly int[][] postings;         // word → labels holding it, ascending
    private readonly int[][] partPostings;     // word → labels holding it only inside a compound
    private readonly Dictionary<string, int[]> forms; // stem → the words with that stem
    private readonly Translations translations;

    public LabelIndex(IReadOnlyList<IndexedConcept> concepts, Translations? translations = null)
    {
        this.concepts = concepts;
        this.translations = translations ?? Translations.None;
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
        forms = Enumerable.Range(0, words.Length)
            .GroupBy(w => Words.Stem(words[w]), StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.ToArray(), StringComparer.Ordinal);
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
        HashSet<string> firstInEnglish = [.. translations.Of(query[0]).Select(Words.Stem)];
        bool[] optional = [.. query.Select(word => Fillers.Contains(word) && !query.All(Fillers.Contains))];
        Dictionary<int, int> narrowest = perWord.Where((_, i) => !optional[i]).MinBy(map => map.Count)!;
        var best = new Dictionary<int, (int Label, Rank Rank)>();
        foreach ((int label, int _) in narrowest)
        {
            int typos = 0;
            int partial = 0;
            int translated = 0;
            int missing = 0;
            bool all = true;
            for (int i = 0; i < perWord.Length; i++)
            {
                if (!perWord[i].TryGetValue(label, out int cost))
                {
                    missing++;
                    all &= optional[i];
                    if (!all)
                    {
                        break;
                    }

                    continue;
                }

                typos += cost == Typo ? 1 : 0;
                partial += cost is Prefix or Part ? 1 : 0;
                translated += cost == Translated ? 1 : 0;
            }

            if (!all)
            {
                continue;
            }

            LabelEntry entry = labels[label];
            bool wholeLabel = typos == 0 && partial == 0 && entry.Words.Length == query.Length - missing;
            bool startsWithQuery = entry.Words[0].StartsWith(query[0], StringComparison.Ordinal)
                || (translated > 0 && firstInEnglish.Count > 0 && firstInEnglish.Contains(Words.Stem(entry.Words[0])));
            var rank = new Rank(typos, missing, translated, wholeLabel, partial, startsWithQuery, entry.Kind, entry.Language == language,
                concepts[entry.Concept].Narrowness, entry.Text.Length);
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

        if (word.Length >= TypoMinimumLength && forms.TryGetValue(Words.Stem(word), out int[]? sameStem))
        {
            // "plannen" finds "planning", "tekeningen" finds "tekening" (words it starts are already there).
            foreach (int w in sameStem.Where(w => !words[w].StartsWith(word, StringComparison.Ordinal)))
            {
                Add(matches, postings[w], Part);
            }
        }

        foreach (int w in English(word))
        {
            Add(matches, postings[w], Translated);
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

    /// <summary>The words of the index, in any of their forms, that translate a Dutch word.</summary>
    private IEnumerable<int> English(string word) =>
        translations.Of(word).SelectMany(english => forms.GetValueOrDefault(Words.Stem(english)) ?? []);

    /// <summary>
    /// "heftruckchauffeur" typed as one word finds labels holding both "heftruck" and "chauffeur"; "bloedafname"
    /// finds them through the English words for its parts.
    /// </summary>
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

            int[] headInEnglish = [.. English(word[..split])];
            if (headInEnglish.Length > 0)
            {
                var withTail = new HashSet<int>(English(word[split..]).Concat(tail >= 0 ? [tail] : []).SelectMany(w => postings[w]));
                Add(matches, [.. headInEnglish.Concat(head >= 0 ? [head] : []).SelectMany(w => postings[w]).Where(withTail.Contains)], Translated);
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

    private readonly record struct Rank(int Typos, int Missing, int Translated, bool WholeLabel, int Partial, bool StartsWithQuery, LabelKind Kind, bool InLanguage, int Narrowness, int Length)
        : IComparable<Rank>
    {
        public int CompareTo(Rank other) =>
            Typos != other.Typos ? Typos.CompareTo(other.Typos)
            : Missing != other.Missing ? Missing.CompareTo(other.Missing)
            : Translated != other.Translated ? Translated.CompareTo(other.Translated)
            : WholeLabel != other.WholeLabel ? other.WholeLabel.CompareTo(WholeLabel)
            : Partial != other.Partial ? Partial.CompareTo(other.Partial)
            : StartsWithQuery != other.StartsWithQuery ? other.StartsWithQuery.CompareTo(StartsWithQuery)
            : Kind != other.Kind ? Kind.CompareTo(other.Kind)
            : InLanguage != other.InLanguage ? other.InLanguage.CompareTo(InLanguage)
            : Narrowness != other.Narrowness ? Narrowness.CompareTo(other.Narrowness)
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

/// <summary>
/// A concept as the index sees it: its URI, its display label, every label it can be found by, and how narrow it is (a
/// skill's ESCO reuse level, 0 transversal to 3 occupation-specific): of two labels that match alike, the skill more
/// people have comes first ("vertalen": "translate foreign language" before "translate tags").
/// </summary>
internal sealed record IndexedConcept(string Uri, Label Label, IReadOnlyList<(string Text, LabelKind Kind, Language Language)> Labels, int Narrowness = 0);

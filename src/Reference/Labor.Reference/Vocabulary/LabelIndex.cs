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
        ["aan", "de", "een", "en", "ervaring", "goed", "goede", "het", "in", "kennis", "met", "ms", "om", "op", "te", "vaardig", "vaardigheden", "vaardigheid", "van", "vloeiend", "voor"],
        StringComparer.Ordinal);

    /// <summary>Fillers that end Dutch compounds ("presentatievaardigheden", "vakkennis"), longest first.</summary>
    private static readonly string[] FillerTails = ["vaardigheden", "vaardigheid", "ervaring", "vaardig", "kennis"];

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
        string[] query = [.. Words.Of(text).SelectMany(WithoutFillerTail)];
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

    /// <summary>"presentatievaardigheden" as "presentatie vaardigheden", unless the index holds the compound.</summary>
    private IEnumerable<string> WithoutFillerTail(string word) =>
        FillerTails.FirstOrDefault(filler => word.Length >= filler.Length + CompoundPartMinimumLength && word.EndsWith(filler, StringComparison.Ordinal)) is { } tail
            && Array.BinarySearch(words, word, StringComparer.Ordinal) < 0
            ? [word[..^tail.Length], tail]
            : [word];

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

        AddCompoundOfTwo(matches, word, known: first >= 0);

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
    /// A query word typed as one compound: "heftruckchauffeur" finds labels holding "heftruck" and "chauffeur" (each in
    /// any of its forms or as the tail of a compound: "windturbinetechnicus" finds "onderhoudstechnicus windturbines"),
    /// "schoenverkoper" finds "schoenenverkoper" (Dutch joins the parts with or without -en- or -s-), and
    /// "bloedafname" or "objectgeoriënteerd" find labels through the English words for either part. The English
    /// words are looked for also when the index holds the word (<paramref name="known"/>): "marktonderzoek" is a Dutch
    /// label and "market research" an English one.
    /// </summary>
    private void AddCompoundOfTwo(Dictionary<int, int> matches, string word, bool known)
    {
        for (int split = CompoundPartMinimumLength; split <= word.Length - CompoundPartMinimumLength; split++)
        {
            string head = word[..split];
            string tail = word[split..];
            foreach (string joined in known ? [] : (string[])[head + "en" + tail, head + "s" + tail])
            {
                if (Array.BinarySearch(words, joined, StringComparer.Ordinal) is var w and >= 0)
                {
                    Add(matches, postings[w], Part);
                }
            }

            // A linking -s- belongs to neither part ("stervensbegeleiding": "sterven" and "begeleiding").
            string[] heads = head.Length > CompoundPartMinimumLength && head[^1] == 's' ? [head, head[..^1]] : [head];
            int[] headWords = [.. heads.SelectMany(Native)];
            int[] headInEnglish = [.. heads.SelectMany(English)];
            if (headWords.Length == 0 && headInEnglish.Length == 0)
            {
                continue;
            }

            int[] tailWords = Native(tail);
            int[] tailInEnglish = [.. English(tail)];
            if (!known && headWords.Length > 0 && tailWords.Length > 0)
            {
                Add(matches, Both(Labels(headWords, []), Labels(tailWords, [])), Part);
            }

            if (headInEnglish.Length + tailInEnglish.Length > 0 && tailWords.Length + tailInEnglish.Length > 0)
            {
                Add(matches, Both(Labels(headWords, headInEnglish), Labels(tailWords, tailInEnglish)), Translated);
            }
        }
    }

    /// <summary>The index's words for one part of a compound: the part itself or another form of it.</summary>
    private int[] Native(string part) => forms.GetValueOrDefault(Words.Stem(part)) ?? [];

    /// <summary>Labels holding a Dutch word, whole or as the tail of a compound, or one of the English words.</summary>
    private IEnumerable<int> Labels(int[] native, int[] english) =>
        native.SelectMany(w => postings[w].Concat(partPostings[w])).Concat(english.SelectMany(w => postings[w]));

    /// <summary>Labels in both lists; the set is made of the shorter one, as a common word holds thousands of labels.</summary>
    private static int[] Both(IEnumerable<int> head, IEnumerable<int> tail)
    {
        int[] a = [.. head];
        int[] b = [.. tail];
        (int[] small, int[] large) = a.Length <= b.Length ? (a, b) : (b, a);
        var inSmall = new HashSet<int>(small);
        return [.. large.Where(inSmall.Contains)];
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

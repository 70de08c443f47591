using System.Diagnostics;
using System.Globalization;
using Labor.BuildingBlocks.Csv;
using Labor.Reference.Contracts;
using Labor.Reference.Data;
using Labor.Reference.Import;
using Labor.Reference.Vocabulary;

namespace Labor.Bench;

/// <summary>
/// Autocomplete latency on the full vocabulary a fresh install loads: every label of ESCO v1.1.1's 3,007 occupations
/// and 13,896 skills (preferred, alternative and hidden, Dutch and English) and the Dutch synonym layer, read from
/// <c>data/esco</c> as the first start reads it. Queries are what people type: the start (three to eight letters) of a
/// label's word of three letters or more, or such a word and the start of the next one; 30 % with two letters swapped. The baseline, measured in the same run, is the first thing a team would write:
/// scanning every label for the typed text.
/// </summary>
internal static class AutocompleteLatency
{
    private const int Seed = 20261122;

    public static void Run(int queries)
    {
        var random = new Random(Seed);
        (IReadOnlyList<IndexedConcept> occupations, IReadOnlyList<IndexedConcept> skills) = FullVocabulary();
        var build = Stopwatch.StartNew();
        var occupationIndex = new LabelIndex(occupations);
        var skillIndex = new LabelIndex(skills, Translations.BuiltIn);
        build.Stop();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Autocomplete on the full vocabulary: {occupations.Count:N0} occupations ({occupations.Sum(c => c.Labels.Count):N0} labels), {skills.Count:N0} skills ({skills.Sum(c => c.Labels.Count):N0} labels); both indexes built in {build.Elapsed.TotalMilliseconds:N0} ms"));
        Report("occupations", occupations, occupationIndex, Queries(occupations, queries, random));
        Report("skills     ", skills, skillIndex, Queries(skills, queries, random));
    }

    private static void Report(string name, IReadOnlyList<IndexedConcept> concepts, LabelIndex index, string[] texts)
    {
        // Warm up both paths (JIT, caches) before measuring.
        foreach (string text in texts.Take(200))
        {
            index.Suggest(text, Language.Nl, 10);
            NaiveScan(concepts, text);
        }

        double[] indexed = Measure(texts, text => index.Suggest(text, Language.Nl, 10).Count);
        double[] naive = Measure(texts, text => NaiveScan(concepts, text));
        int answered = texts.Count(text => index.Suggest(text, Language.Nl, 10).Count > 0);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
              {name}  label index   p50 {Percentile(indexed, 50),7:N3} ms   p99 {Percentile(indexed, 99),7:N3} ms   max {indexed.Max(),7:N3} ms   answered {answered:N0}/{texts.Length:N0}
                           baseline scan p50 {Percentile(naive, 50),7:N3} ms   p99 {Percentile(naive, 99),7:N3} ms   (every label, substring match, no typo tolerance)
                           target p99 < 5 ms: {(Percentile(indexed, 99) < 5 ? "met" : "NOT MET")}; the index is {Percentile(naive, 99) / Percentile(indexed, 99):N0}x faster than the scan at p99
            """));
    }

    /// <summary>The concepts as the platform indexes them, from the ESCO download in data/esco.</summary>
    private static (IReadOnlyList<IndexedConcept> Occupations, IReadOnlyList<IndexedConcept> Skills) FullVocabulary()
    {
        string data = Path.Combine(Testing.SharedData.RepositoryRoot, "data", "esco");
        var errors = new ImportErrors();
        var reader = new EscoReader(KnownConcepts.None, errors);
        VocabularyBatch batch = reader.Read(EscoDownload.FromPaths([Path.Combine(data, "v1.1.1"), Path.Combine(data, "v1.2.0-nl")]).Files);
        if (errors.Any)
        {
            throw new InvalidOperationException($"The shipped ESCO download did not read: {errors.All[0]}");
        }

        var snapshot = new VocabularySnapshot(
            [.. batch.Occupations.Values], [.. batch.Skills.Values], [.. batch.Relations.Values], [.. batch.SkillRelations.Values], [], Synonyms.BuiltIn, 0);
        return (snapshot.OccupationIndex.Concepts, snapshot.SkillIndex.Concepts);
    }

    private static double[] Measure(string[] texts, Func<string, int> query)
    {
        var times = new double[texts.Length];
        for (int i = 0; i < texts.Length; i++)
        {
            long start = Stopwatch.GetTimestamp();
            query(texts[i]);
            times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        return times;
    }

    private static double Percentile(double[] values, int percentile)
    {
        double[] sorted = [.. values.Order()];
        return sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(percentile / 100.0 * sorted.Length) - 1)];
    }

    /// <summary>What a first version does: lower-case every label and look for the text in it, then rank by length.</summary>
    private static int NaiveScan(IReadOnlyList<IndexedConcept> concepts, string text)
    {
        string needle = text.Trim().ToLowerInvariant();
        return concepts
            .Where(c => c.Labels.Any(l => l.Text.ToLowerInvariant().Contains(needle, StringComparison.Ordinal)))
            .OrderBy(c => c.Label.Nl.Length)
            .Take(10)
            .Count();
    }

    /// <summary>What people type: the start of a label's word or two, sometimes with two letters swapped.</summary>
    private static string[] Queries(IReadOnlyList<IndexedConcept> concepts, int count, Random random) =>
        [.. Enumerable.Range(0, count).Select(_ =>
        {
            IReadOnlyList<(string Text, LabelKind Kind, Language Language)> labels = concepts[random.Next(concepts.Count)].Labels;
            string[] words = labels[random.Next(labels.Count)].Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            // Pickers ask from the second letter typed; people start with a word that carries meaning.
            int first = Array.FindIndex(words, random.Next(words.Length), word => word.Length >= 3) is var found and >= 0 ? found : 0;
            string typed = words[first];
            if (first + 1 < words.Length && random.Next(2) == 0)
            {
                string next = words[first + 1];
                typed += " " + next[..Math.Min(next.Length, random.Next(2, 7))];
            }
            else
            {
                typed = typed[..Math.Min(typed.Length, random.Next(3, 9))];
            }

            if (random.NextDouble() < 0.3 && typed.Length >= 5)
            {
                int at = random.Next(1, typed.Length - 2);
                char[] letters = typed.ToCharArray();
                (letters[at], letters[at + 1]) = (letters[at + 1], letters[at]);
                typed = new string(letters);
            }

            return typed;
        })];
}

using Labor.BuildingBlocks.Csv;
using System.Diagnostics;
using System.Globalization;
using Labor.Reference;
using Labor.Reference.Contracts;
using Labor.Reference.Import;
using Labor.Reference.Vocabulary;

namespace Labor.Bench;

/// <summary>
/// Skill autocomplete latency over a vocabulary the size of ESCO's (about 14,000 skills), against the first thing a
/// team would write: scanning every label for the typed text. The skills are generated, seeded, from the words of
/// the starter taxonomy, with Dutch and English preferred labels and two alternative labels each, like ESCO's.
/// </summary>
internal static class AutocompleteLatency
{
    private const int Seed = 20261122;

    public static void Run(int skills, int queries)
    {
        var random = new Random(Seed);
        IndexedConcept[] concepts = Generate(skills, random);
        int labels = concepts.Sum(c => c.Labels.Count);
        var build = Stopwatch.StartNew();
        var index = new LabelIndex(concepts);
        build.Stop();
        string[] texts = Queries(concepts, queries, random);

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
            Skill autocomplete: {skills:N0} skills, {labels:N0} labels, {queries:N0} queries (prefixes; 30 % with a typo), top 10
              index build      {build.Elapsed.TotalMilliseconds,8:N0} ms (once per import)
              label index      p50 {Percentile(indexed, 50),7:N3} ms   p99 {Percentile(indexed, 99),7:N3} ms   max {indexed.Max(),7:N3} ms   answered {answered:N0}/{queries:N0}
              baseline scan    p50 {Percentile(naive, 50),7:N3} ms   p99 {Percentile(naive, 99),7:N3} ms   (every label, substring match, no typo tolerance)
              target p99 < 5 ms: {(Percentile(indexed, 99) < 5 ? "met" : "NOT MET")}; index is {Percentile(naive, 99) / Percentile(indexed, 99):N0}x faster than the scan at p99
            """));
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
    private static int NaiveScan(IndexedConcept[] concepts, string text)
    {
        string needle = text.Trim().ToLowerInvariant();
        return concepts
            .Where(c => c.Labels.Any(l => l.Text.ToLowerInvariant().Contains(needle, StringComparison.Ordinal)))
            .OrderBy(c => c.Label.Nl.Length)
            .Take(10)
            .Count();
    }

    private static IndexedConcept[] Generate(int count, Random random)
    {
        VocabularyBatch source = WordSource(out string sourceName);
        string[] dutch = Words(source.Skills.Values.Select(s => s.LabelNl).Concat(source.Occupations.Values.SelectMany(o => o.AltLabelsNl.Prepend(o.LabelNl))));
        string[] english = Words(source.Skills.Values.Select(s => s.LabelEn).Concat(source.Occupations.Values.SelectMany(o => o.AltLabelsEn.Prepend(o.LabelEn))));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Words from {sourceName}: {dutch.Length:N0} Dutch, {english.Length:N0} English"));
        return [.. Enumerable.Range(0, count).Select(i =>
        {
            string nl = Phrase(dutch, random);
            string en = Phrase(english, random);
            return new IndexedConcept($"urn:bench:skill:{i:D5}", new Label(nl, en),
            [
                (nl, LabelKind.Preferred, Language.Nl), (en, LabelKind.Preferred, Language.En),
                (Phrase(dutch, random), LabelKind.Alternative, Language.Nl), (Phrase(english, random), LabelKind.Alternative, Language.En),
            ]);
        })];
    }

    /// <summary>
    /// The real ESCO occupation files when the shared folder is there (their labels hold about as many distinct words as
    /// ESCO's skills), else the starter taxonomy, whose smaller word list makes the typo scan look cheaper than it is.
    /// </summary>
    private static VocabularyBatch WordSource(out string name)
    {
        string folder = Testing.SharedData.EscoFolder;
        var errors = new ImportErrors();
        if (File.Exists(Path.Combine(folder, "occupations_nl.csv")) && File.Exists(Path.Combine(folder, "v1.0.x-en", "occupations_en.csv")))
        {
            name = "the ESCO occupation files in " + folder;
            return new EscoReader(KnownConcepts.None, errors).Read([
                EscoFile.Recognise("occupations_nl.csv", () => File.OpenRead(Path.Combine(folder, "occupations_nl.csv")))!,
                EscoFile.Recognise("occupations_en.csv", () => File.OpenRead(Path.Combine(folder, "v1.0.x-en", "occupations_en.csv")))!,
            ]);
        }

        name = "the starter taxonomy (no ESCO files found)";
        return StarterTaxonomy.Read(new StaticReferenceData(), errors);
    }

    private static string[] Words(IEnumerable<string?> labels) =>
        [.. labels.OfType<string>().SelectMany(label => label.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(w => w.Length >= 3).Distinct().Order(StringComparer.Ordinal)];

    private static string Phrase(string[] words, Random random) =>
        string.Join(' ', Enumerable.Range(0, random.Next(2, 5)).Select(_ => words[random.Next(words.Length)]));

    /// <summary>What people type: the start of a label's word or two, sometimes with two letters swapped.</summary>
    private static string[] Queries(IndexedConcept[] concepts, int count, Random random) =>
        [.. Enumerable.Range(0, count).Select(_ =>
        {
            string[] words = concepts[random.Next(concepts.Length)].Label.Nl.Split(' ');
            int first = random.Next(words.Length);
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

using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Labor.BuildingBlocks.Csv;
using Labor.Testing;
using Xunit.Abstractions;

namespace Labor.IntegrationTests;

/// <summary>
/// Whether people find what they type, on the full vocabulary a fresh install loads: Dutch job titles and skill phrases
/// as people type them, each with its expected ESCO concept and the source of its wording. Targets: the expected
/// concept among the first three suggestions for at least 95 % of the titles and 90 % of the skill phrases.
/// <c>search-queries.csv</c> (290 titles, 259 skills) was used to find what search and the synonyms lacked, so its
/// figures flatter; <c>search-queries-holdout.csv</c> (120 and 120) was written apart, before looking anything up: its
/// honest figures were 95.8 % of titles and 83.3 % of skill phrases, and it has been used for tuning since they were
/// recorded (word translations, word forms, filler words), so <c>search-queries-holdout-2.csv</c> (157 and 197), written
/// by someone who never saw the search code, took its place: 86.0 % and 58.4 % when measured once. It has been used for
/// tuning since (more of the word list, compounds split into parts that translate, Dutch linking -en-/-s-, titles
/// missing from the synonyms): now 91.7 % and 77.7 %, which flatter; a third held-out set measures honestly again
/// (ADR 12). Each set holds the share measured so far as a floor, so search cannot get worse unnoticed; the output
/// gives the share, the target and every miss.
/// </summary>
public sealed class VocabularySearchQualityTests(LaborHost host, ITestOutputHelper output) : IClassFixture<LaborHost>
{
    [Theory]
    [InlineData("search-queries.csv", "occupation", 0.95, 0.98)]
    [InlineData("search-queries.csv", "skill", 0.90, 0.98)]
    [InlineData("search-queries-holdout.csv", "occupation", 0.95, 0.95)]
    [InlineData("search-queries-holdout.csv", "skill", 0.90, 0.95)]
    [InlineData("search-queries-holdout-2.csv", "occupation", 0.95, 0.91)]
    [InlineData("search-queries-holdout-2.csv", "skill", 0.90, 0.77)]
    [InlineData("search-queries-holdout-3.csv", "occupation", 0.95, 0.89)]
    [InlineData("search-queries-holdout-3.csv", "skill", 0.90, 0.59)]
    public async Task Dutch_queries_find_the_expected_concept_among_the_first_three(string file, string kind, double target, double floor)
    {
        (string Query, string Expected)[] queries = Queries(file, kind);
        queries.Length.ShouldBeGreaterThanOrEqualTo(120);
        using HttpClient http = host.CreateHttpClient();

        var misses = new List<string>();
        foreach ((string query, string expected) in queries)
        {
            JsonElement[] found = (await http.GetFromJsonAsync<JsonElement[]>(
                new Uri($"/api/reference/{kind}s?q={Uri.EscapeDataString(query)}&limit=3", UriKind.Relative)))!;
            if (!found.Any(s => s.GetProperty("uri").GetString() == expected))
            {
                misses.Add($"  '{query}' → expected {expected}; got {string.Join(" | ", found.Select(s => s.GetProperty("label").GetString()))}");
            }
        }

        double share = 1 - ((double)misses.Count / queries.Length);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{file}, {kind}: {queries.Length - misses.Count} of {queries.Length} queries ({share:P1}) find the expected concept among the first three; target {target:P0}"));
        misses.ForEach(output.WriteLine);
        share.ShouldBeGreaterThanOrEqualTo(floor, string.Join('\n', misses));
    }

    private static (string Query, string Expected)[] Queries(string file, string kind)
    {
        using FileStream content = File.OpenRead(Path.Combine(AppContext.BaseDirectory, file));
        var errors = new ImportErrors();
        (string, string)[] queries = [.. CsvTable.Read(content, file, ["kind", "query", "expected", "source"], errors)
            .Where(row => row.Optional("kind") == kind)
            .Select(row => (row.Required("query")!, row.Required("expected")!))];
        errors.All.ShouldBeEmpty();
        return queries;
    }
}

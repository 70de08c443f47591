using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Runtime;
using System.Text;
using Labor.Testing;
using Xunit;

namespace Labor.Bench;

/// <summary>
/// The public and signed-in pages people use most, under load at fixed concurrency over loopback: the vacancy search
/// (API and page) over the search benchmark's open vacancies, a vacancy's page, a jobseeker's matches and an employer's
/// candidates, beside the floor of a static file measured in the same run.
/// </summary>
internal static class LoadBench
{
    private const int Seed = 20261208;
    private const int Jobseekers = 25;
    private const double TargetPerSecond = 1_000;
    private const double TargetP99Ms = 100;
    private const string CacheMiss = "every request a cache miss";
    private const string MatchesTarget = "matches page (bearer): GET /mijn-matches";
    private const string CandidatesTarget = "candidates page (bearer)";

    /// <param name="only">Null: every target; otherwise the floor and the targets whose name contains it (for example "cache miss").</param>
    public static async Task RunAsync(string commandLine, int concurrency, int seconds, int warmUpSeconds, int vacancyCount, string? only)
    {
        var host = new LaborHost();
        host.Settings["Hangfire:Workers"] = "4"; // the nightly run, once, as a host runs it: its chunks are Hangfire jobs
        await host.InitializeAsync();
        try
        {
            var seeding = Stopwatch.StartNew();
            var random = new Random(Seed);
            SearchSeed seed = await SearchSeeding.SeedAsync(host, vacancyCount, random);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {vacancyCount:N0} vacancies generated in {seed.Generated.TotalSeconds:N1} s, stored in {seed.Inserted.TotalSeconds:N1} s"));
            bool Selected(string name) => only is null || name.Contains(only, StringComparison.OrdinalIgnoreCase);
            // The signed-in pages need jobseekers, a nightly run and an employer: seeded only when one of them is measured.
            LoadPeople? people = Selected(MatchesTarget) || Selected(CandidatesTarget) ? await LoadPeople.CreateAsync(host, seed.Vacancies, Jobseekers) : null;
            seeding.Stop();
            string signedIn = people is null
                ? "no signed-in pages measured, so no jobseekers"
                : $"also in matching's read model; {Jobseekers} jobseekers through the API; one nightly run ({people.Nightly.Matches:N0} matches, {people.Nightly.Candidates:N0} candidates; the jobseeker's list: {people.Matches} matches; the employer's vacancy: {people.Candidates} candidates)";
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""

                $ {commandLine}
                {vacancyCount:N0} open vacancies as the search benchmark seeds them, {signedIn}; all in {seeding.Elapsed.TotalSeconds:N0} s
                {concurrency} workers in a closed loop (one keep-alive connection each, next request when the last answer is read), {warmUpSeconds} s warm-up then {seconds} s per target
                client and host in one process ({(GCSettings.IsServerGC ? "server" : "workstation")} GC), PostgreSQL on the same machine, {Environment.ProcessorCount} cores
                """));

            string[] words = SearchLatency.CommonWords;
            Guid[] ids = [.. seed.Vacancies.Select(v => v.Id).OrderBy(_ => random.Next()).Take(1_000)];
            AuthenticationHeaderValue? jobseeker = people?.Jobseeker.Http.DefaultRequestHeaders.Authorization;
            AuthenticationHeaderValue? employer = people?.Employer.Http.DefaultRequestHeaders.Authorization;
            LoadTarget[] targets =
            [
                new("static floor: GET /css/site.css", _ => "/css/site.css", null, "{"),
                new("search API: GET /api/vacancies?q=", n => $"/api/vacancies?q={Uri.EscapeDataString(words[n % words.Length])}", null, "\"total\""),
                new("search page: GET /vacatures?q=", n => $"/vacatures?q={Uri.EscapeDataString(words[n % words.Length])}", null, "/vacatures/"),
                // The cache varies by every query key and the search ignores n: each request is a miss, the database's figure.
                new($"search API, {CacheMiss}", n => $"/api/vacancies?q={Uri.EscapeDataString(words[n % words.Length])}&n={n}", null, "\"total\""),
                new($"search page, {CacheMiss}", n => $"/vacatures?q={Uri.EscapeDataString(words[n % words.Length])}&n={n}", null, "/vacatures/"),
                // Two words take the general way (every match ranked, ADR 17): what a search the word index cannot answer costs.
                new($"search API, two words, {CacheMiss}", n => $"/api/vacancies?q={Uri.EscapeDataString(TwoWords(words, n))}&n={n}", null, "\"total\""),
                new("vacancy page: GET /vacatures/{id}", n => $"/vacatures/{ids[n % ids.Length]}", null, "<h1"),
                new(MatchesTarget, _ => "/mijn-matches", jobseeker, "/vacatures/"),
                new(CandidatesTarget, _ => $"/werkgever/vacature/{people?.Vacancy}/kandidaten", employer, "Werkzoekende"),
            ];
            using var runner = new LoadRunner(host.BaseAddress, concurrency, new CpuMeter(host.ConnectionString));
            var results = new List<LoadFigures>();
            Console.WriteLine("  (CPU per request: this process, i.e. client and host; PostgreSQL's backends for the bench's database; the rest of the machine. busy: cores in use)");
            Console.WriteLine($"  {"target",-52} {"requests",9} {"req/s",7} {"p50",9} {"p99",9} {"max",9} {"errors",7} {"cached",7}  {"CPU/req: bench    PG other",-26} {"busy",4}  load avg");
            foreach (LoadTarget target in targets.Where((t, i) => i == 0 || Selected(t.Name)))
            {
                LoadFigures figures = await runner.RunAsync(target, TimeSpan.FromSeconds(warmUpSeconds), TimeSpan.FromSeconds(seconds));
                results.Add(figures);
                Console.WriteLine(Row(figures, results[0]));
            }

            Console.WriteLine(Verdicts(results));
            Assert.All(results, r => Assert.Equal(0, r.Errors));
        }
        finally
        {
            await ((IAsyncLifetime)host).DisposeAsync();
        }
    }

    /// <summary>Two different common words (the second 1 to length - 1 places after the first): every pair in turn.</summary>
    private static string TwoWords(string[] words, long n) =>
        $"{words[n % words.Length]} {words[(n % words.Length + 1 + (n / words.Length % (words.Length - 1))) % words.Length]}";

    private static string Row(LoadFigures f, LoadFigures floor)
    {
        string ofFloor = f == floor ? "" : string.Create(CultureInfo.InvariantCulture, $"  ({f.PerSecond / floor.PerSecond:P0} of the floor's rate)");
        string error = f.FirstError is null ? "" : $"\n    first error: {f.FirstError}";
        return string.Create(CultureInfo.InvariantCulture,
            $"  {f.Target.Name,-52} {f.Requests,9:N0} {f.PerSecond,7:N0} {f.P50Ms,6:N1} ms {f.P99Ms,6:N1} ms {f.MaxMs,6:N0} ms {f.Errors,7:N0} {f.Cached,7:N0}  {f.Cpu?.ToString() ?? "(not measurable here)",-31}  {f.LoadAverage}{ofFloor}{error}");
    }

    private static string Verdicts(List<LoadFigures> results)
    {
        var report = new StringBuilder();
        foreach (LoadFigures search in results.Where(r => r.Target.Name.StartsWith("search", StringComparison.Ordinal)))
        {
            bool missing = search.Target.Name.Contains(CacheMiss, StringComparison.Ordinal);
            bool met = search.PerSecond >= TargetPerSecond && search.P99Ms < TargetP99Ms && search.Errors == 0 && (!missing || search.Cached == 0);
            report.AppendLine(CultureInfo.InvariantCulture,
                $"  {search.Target.Name}: target >= {TargetPerSecond:N0} req/s with p99 < {TargetP99Ms} ms and no errors{(missing ? " nor cache hits" : "")}: {(met ? "met" : "NOT MET")}");
        }

        long errors = results.Sum(r => r.Errors);
        report.Append(string.Create(CultureInfo.InvariantCulture, $"  errors under load, all targets: {errors:N0} (target 0) {(errors == 0 ? "met" : "NOT MET")}"));
        return report.ToString();
    }
}

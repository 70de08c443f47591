using System.Diagnostics;
using System.Globalization;
using System.Text;
using Labor.Reference.Contracts;
using Labor.Testing;
using Labor.Vacancies.Browse;
using Labor.Vacancies.Data;
using Labor.Vacancies.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Xunit;

namespace Labor.Bench;

/// <summary>
/// Public vacancy search (Dutch full-text search, filters, paging, sorting) over the region's realistic load of open
/// vacancies, through the real host's database: one query at a time, each timed from DI scope to page and count. The
/// baseline, in the same run, is what a first version does for words: ILIKE '%word%' on title and description.
/// </summary>
internal static class SearchLatency
{
    private const int Seed = 20261123;
    private const double TargetP99Ms = 50;

    /// <summary>What people type into a job site, most of it one word.</summary>
    internal static readonly string[] CommonWords =
    [
        "chauffeur", "verpleegkundige", "monteur", "medewerker", "magazijnmedewerker", "docent", "leraar", "kok", "timmerman", "elektricien",
        "logistiek", "administratief", "developer", "verkoopmedewerker", "schoonmaker", "beveiliger", "thuiszorg", "productiemedewerker",
        "lasser", "installateur", "planner", "receptionist", "horeca", "bakker", "hovenier", "marketeer", "software", "helpdesk",
        "begeleider", "kinderopvang", "vrachtwagenchauffeur", "heftruck", "orderpicker", "metselaar", "schilder", "loodgieter",
        "projectleider", "tekenaar", "zorg", "onderwijsassistent", "monteur zonnepanelen", "medewerker klantenservice", "parttime",
        "fulltime", "leerling", "zonnepanelen", "warmtepomp", "fysiotherapeut", "webdesigner", "chauffeur bus", "zorg thuis",
    ];

    private static readonly int[] Radii = [5, 10, 15, 25, 50];

    private static readonly string[] Kinds =
    [
        "words", "words + radius", "sector + hours", "education + occupation", "skill", "no filters, newest", "page 5-20", "closing",
    ];

    public static async Task RunAsync(int vacancyCount, int queryCount)
    {
        var host = new LaborHost();
        host.Settings["Hangfire:Server"] = "false";
        await host.InitializeAsync();
        try
        {
            var region = host.Services.GetRequiredService<IReferenceData>();
            var random = new Random(Seed);
            (BenchOccupation[] occupations, Organisation[] organisations, Vacancy[] vacancies, TimeSpan generated, TimeSpan inserted) =
                await SearchSeeding.SeedAsync(host, vacancyCount, random);
            long tableBytes = await host.ScalarAsync<long>("SELECT pg_total_relation_size('vacancies.vacancies')");
            int descriptionWords = (int)vacancies.Average(v => v.Content.DescriptionText.Split(' ').Length);
            double remote = vacancies.Count(v => v.Content.Workplace.Mode == WorkplaceMode.Remote) / (double)vacancyCount;

            var validator = new VacancySearchQueryValidator(region);
            BenchQuery[] warmUp = Queries(Math.Max(200, queryCount / 10), occupations, region, random, validator);
            BenchQuery[] queries = Queries(queryCount, occupations, region, random, validator);
            foreach (BenchQuery query in warmUp)
            {
                await SearchAsync(host.Services, query.Query);
            }

            string loadBefore = LoadAverage();
            var measured = new List<(BenchQuery Query, double Ms, int Total)>();
            var floor = new List<double>();
            foreach (BenchQuery query in queries)
            {
                (double ms, int total) = await SearchAsync(host.Services, query.Query);
                measured.Add((query, ms, total));
                floor.Add(await RoundTripAsync(host.Services));
            }

            // Baseline on a sample of the queries with words: the same filters and page, text by substring.
            var sample = measured.Where(m => m.Query.Query.Q is not null).ToList();
            sample = [.. sample.Where((_, i) => i % Math.Max(1, sample.Count / 200) == 0).Take(200)];
            await using NpgsqlDataSource dataSource = NpgsqlDataSource.Create(host.ConnectionString);
            foreach (var query in sample.Take(10))
            {
                await IlikeSearchAsync(dataSource, region, query.Query.Query);
            }

            // After the measured queries, not between them: the baseline's scans push the search's pages out of the caches.
            var baseline = new List<(double Ms, int Total)>();
            foreach (var query in sample)
            {
                baseline.Add(await IlikeSearchAsync(dataSource, region, query.Query.Query));
            }

            string loadAfter = LoadAverage();
            double[] all = [.. measured.Select(m => m.Ms)];
            var report = new StringBuilder();
            report.AppendLine(CultureInfo.InvariantCulture, $"""

                Vacancy search: {vacancyCount:N0} open vacancies ({occupations.Length} occupations, {organisations.Length:N0} organisations, {remote:P0} remote, descriptions {descriptionWords} words on average, table {tableBytes / 1024.0 / 1024:N0} MB), {Environment.ProcessorCount} cores
                  generated in {generated.TotalSeconds:N1} s, inserted in {inserted.TotalSeconds:N1} s ({vacancyCount / inserted.TotalSeconds:N0} vacancies/s, EF AddRange + SaveChanges per 1,000), then VACUUM (ANALYZE)
                  {queryCount:N0} queries, one at a time after {warmUp.Length:N0} to warm up; each timed from DI scope to count and page (VacancySearch.SearchAsync)
                  load average (1 min) of the machine while measuring: {loadBefore} at the start, {loadAfter} at the end

                  kind                       queries   hits avg       p50       p95       p99       max
                """);
            foreach (string kind in Kinds)
            {
                var ofKind = measured.Where(m => m.Query.Kind == kind).ToList();
                if (ofKind.Count > 0)
                {
                    Row(report, kind, ofKind.Count, ofKind.Average(m => m.Total), [.. ofKind.Select(m => m.Ms)]);
                }
            }

            Row(report, "all", measured.Count, measured.Average(m => m.Total), all);
            Row(report, "floor: SELECT 1", floor.Count, null, [.. floor]);
            report.AppendLine("  (floor: after each query, a DI scope and SELECT 1 through the module's DbContext: what the machine adds, not the search)");
            double[] ftsTimes = [.. sample.Select(m => m.Ms)];
            double[] ilikeTimes = [.. baseline.Select(b => b.Ms)];
            report.AppendLine(CultureInfo.InvariantCulture, $"""

                  {$"{sample.Count} of the queries with words (same filters and page)",-54} hits avg       p50       p99
                    full-text search, as measured above (tsvector, GIN)  {sample.Average(m => m.Total),8:N0} {Percentile(ftsTimes, 50),6:N2} ms {Percentile(ftsTimes, 99),6:N2} ms
                    baseline: ILIKE '%word%' on title and description    {baseline.Average(b => b.Total),8:N0} {Percentile(ilikeTimes, 50),6:N2} ms {Percentile(ilikeTimes, 99),6:N2} ms   (a scan: no index helps; finds substrings, not words)

                  target p99 < {TargetP99Ms:N0} ms at {vacancyCount:N0} vacancies: {(Percentile(all, 99) < TargetP99Ms ? "met" : "NOT MET")} (p99 {Percentile(all, 99):N2} ms); full-text is {Percentile(ilikeTimes, 99) / Percentile(ftsTimes, 99):N1}x faster than the baseline at p99
                """);

            string slowest = Kinds.Where(kind => measured.Any(m => m.Query.Kind == kind))
                .MaxBy(kind => Percentile([.. measured.Where(m => m.Query.Kind == kind).Select(m => m.Ms)], 99))!;
            var slowestQueries = measured.Where(m => m.Query.Kind == slowest).OrderBy(m => m.Ms).ToList();
            var atP99 = slowestQueries[Math.Min(slowestQueries.Count - 1, (int)Math.Ceiling(0.99 * slowestQueries.Count) - 1)];
            report.AppendLine(CultureInfo.InvariantCulture, $"""

                  slowest kind at p99: {slowest}; its p99 query {Describe(atP99.Query.Query)} ({atP99.Ms:N2} ms), EXPLAIN ANALYZE now:
                """);
            foreach (string line in await ExplainAsync(host.Services, dataSource, atP99.Query.Query))
            {
                report.AppendLine(CultureInfo.InvariantCulture, $"    {line}");
            }

            Console.WriteLine(report.ToString());
        }
        finally
        {
            await ((IAsyncLifetime)host).DisposeAsync();
        }
    }

    private sealed record BenchQuery(string Kind, VacancySearchQuery Query);

    private static BenchQuery[] Queries(int count, BenchOccupation[] occupations, IReferenceData region, Random random, VacancySearchQueryValidator validator)
    {
        string[] labelWords = [.. occupations.SelectMany(o => o.Titles)
            .SelectMany(title => title.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(word => word.Length >= 4 && word.All(char.IsLetter))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)];
        string Words() => random.NextDouble() < 0.7 ? CommonWords[random.Next(CommonWords.Length)] : labelWords[random.Next(labelWords.Length)];
        string Municipality() => region.Municipalities[random.Next(region.Municipalities.Count)].Name;
        BenchOccupation Occupation() => occupations[random.Next(occupations.Length)];
        (string Kind, int Weight)[] mix =
        [
            ("words", 25), ("words + radius", 15), ("sector + hours", 12), ("education + occupation", 10), ("skill", 10),
            ("no filters, newest", 8), ("page 5-20", 10), ("closing", 10),
        ];
        var queries = new BenchQuery[count];
        for (int i = 0; i < count; i++)
        {
            int pick = random.Next(mix.Sum(m => m.Weight));
            string kind = mix.First(m => (pick -= m.Weight) < 0).Kind;
            var empty = new VacancySearchQuery(null, null, null, null, null, null, null, null, null, null, null, null);
            VacancySearchQuery query = kind switch
            {
                "words" => empty with { Q = Words() },
                "words + radius" => empty with { Q = Words(), Municipality = Municipality(), RadiusKm = Radii[random.Next(Radii.Length)] },
                "sector + hours" => random.Next(2) == 0
                    ? empty with { Sector = region.SectorTables[random.Next(region.SectorTables.Count)].Name, HoursMin = 32 }
                    : empty with { Sector = region.SectorTables[random.Next(region.SectorTables.Count)].Name, HoursMax = random.Next(16, 33) },
                "education + occupation" => empty with
                {
                    Education = region.EducationLevels[random.Next(region.EducationLevels.Count)].Code, Occupation = Occupation().Occupation.Uri,
                },
                "skill" => empty with { Skill = Occupation().Occupation.Skills is var skills ? skills[random.Next(skills.Count)].SkillUri : null },
                "no filters, newest" => empty with { Sort = "newest" },
                "page 5-20" => random.Next(3) switch
                {
                    0 => empty with { Q = CommonWords[random.Next(4)], Page = random.Next(5, 21) },
                    1 => empty with { Sector = region.SectorTables[random.Next(region.SectorTables.Count)].Name, Page = random.Next(5, 21) },
                    _ => empty with { Page = random.Next(5, 21) },
                },
                _ => random.Next(2) == 0 ? empty with { Sort = "closing" } : empty with { Sort = "closing", Municipality = Municipality() },
            };
            var validation = validator.Validate(query);
            if (!validation.IsValid)
            {
                throw new InvalidOperationException($"The bench generated an invalid query {query}: {validation}");
            }

            queries[i] = new BenchQuery(kind, query);
        }

        return queries;
    }

    private static async Task<(double Ms, int Total)> SearchAsync(IServiceProvider services, VacancySearchQuery query)
    {
        long start = Stopwatch.GetTimestamp();
        await using AsyncServiceScope scope = services.CreateAsyncScope();
        VacancySearchResult result = await scope.ServiceProvider.GetRequiredService<VacancySearch>().SearchAsync(query, CancellationToken.None);
        return (Stopwatch.GetElapsedTime(start).TotalMilliseconds, result.Total);
    }

    private static async Task<double> RoundTripAsync(IServiceProvider services)
    {
        long start = Stopwatch.GetTimestamp();
        await using AsyncServiceScope scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<VacanciesDbContext>().Database.SqlQuery<int>($"SELECT 1 AS \"Value\"").ToListAsync();
        return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    }

    /// <summary>
    /// What a first version does: every word as a substring of title or description (ILIKE, which no index helps),
    /// newest first, with the same radius and page as the product query; one count and one page, like the product.
    /// </summary>
    private static async Task<(double Ms, int Total)> IlikeSearchAsync(NpgsqlDataSource dataSource, IReferenceData region, VacancySearchQuery query)
    {
        long start = Stopwatch.GetTimestamp();
        var where = new StringBuilder("v.status = 'Published'");
        var parameters = new List<NpgsqlParameter>();
        string[] words = query.Q!.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (int i = 0; i < words.Length; i++)
        {
            where.Append(CultureInfo.InvariantCulture, $" AND (v.content_title ILIKE @w{i} OR v.content_description_text ILIKE @w{i})");
            parameters.Add(new NpgsqlParameter($"w{i}", "%" + words[i].Replace("\\", "\\\\", StringComparison.Ordinal)
                .Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%"));
        }

        if (region.FindMunicipality(query.Municipality) is { } municipality && query.RadiusKm is int radius)
        {
            GeoPoint centre = municipality.Centre;
            double dLat = radius / 111.2;
            double dLon = radius / (111.2 * Math.Cos(centre.Latitude * Math.PI / 180));
            where.Append("""
                 AND (v.content_workplace_latitude IS NULL OR (v.content_workplace_latitude BETWEEN @latMin AND @latMax
                   AND v.content_workplace_longitude BETWEEN @lonMin AND @lonMax
                   AND 2 * 6371.0088 * asin(sqrt(power(sin((radians(v.content_workplace_latitude) - radians(@lat)) / 2), 2)
                     + cos(radians(@lat)) * cos(radians(v.content_workplace_latitude))
                       * power(sin((radians(v.content_workplace_longitude) - radians(@lon)) / 2), 2))) <= @radius))
                """);
            parameters.AddRange([
                new("latMin", centre.Latitude - dLat), new("latMax", centre.Latitude + dLat), new("lonMin", centre.Longitude - dLon),
                new("lonMax", centre.Longitude + dLon), new("lat", centre.Latitude), new("lon", centre.Longitude), new("radius", (double)radius),
            ]);
        }

        int pageSize = query.PageSize ?? VacancySearchQuery.DefaultPageSize;
        await using NpgsqlConnection connection = await dataSource.OpenConnectionAsync();
        await using var count = new NpgsqlCommand($"SELECT count(*)::int FROM vacancies.vacancies v WHERE {where}", connection);
        count.Parameters.AddRange(parameters.Select(p => p.Clone()).ToArray());
        int total = (int)(await count.ExecuteScalarAsync())!;
        await using var page = new NpgsqlCommand(
            $"""
            SELECT v.id, v.content_title, (SELECT o.name FROM vacancies.organisations o WHERE o.id = v.organisation_id LIMIT 1),
                   v.content_sector_tables, v.content_workplace_mode, v.content_workplace_municipality, v.content_workplace_latitude,
                   v.content_workplace_longitude, v.content_hours_min, v.content_hours_max, v.content_contract_type, v.published_at,
                   v.content_valid_through
            FROM vacancies.vacancies v WHERE {where}
            ORDER BY v.published_at DESC, v.id LIMIT @take OFFSET @skip
            """, connection);
        page.Parameters.AddRange(parameters.Select(p => p.Clone()).ToArray());
        page.Parameters.AddWithValue("take", pageSize);
        page.Parameters.AddWithValue("skip", ((query.Page ?? 1) - 1) * pageSize);
        await using NpgsqlDataReader reader = await page.ExecuteReaderAsync();
        var values = new object[13];
        while (await reader.ReadAsync())
        {
            reader.GetValues(values);
        }

        return (Stopwatch.GetElapsedTime(start).TotalMilliseconds, total);
    }

    /// <summary>Explains each statement the product's search sends for the query.</summary>
    private static async Task<List<string>> ExplainAsync(IServiceProvider services, NpgsqlDataSource dataSource, VacancySearchQuery query)
    {
        var lines = new List<string>();
        await using NpgsqlConnection connection = await dataSource.OpenConnectionAsync();
        foreach (VacancySearch.Statement statement in services.GetRequiredService<VacancySearch>().Statements(query))
        {
            await using var explain = new NpgsqlCommand("EXPLAIN (ANALYZE, BUFFERS) " + statement.Sql, connection);
            explain.Parameters.AddRange(statement.Values.Select(value => new NpgsqlParameter { Value = value }).ToArray());
            await using NpgsqlDataReader reader = await explain.ExecuteReaderAsync();
            lines.Add(statement.Sql == VacancySearch.OneWordSql ? "-- one word: page and count" : statement.Sql.StartsWith("SELECT count(*)", StringComparison.Ordinal) ? "-- count" : "-- page");
            while (await reader.ReadAsync())
            {
                lines.Add(reader.GetString(0));
            }
        }

        return lines;
    }

    private static string Describe(VacancySearchQuery query)
    {
        var parts = new List<string>();
        void Add(string name, object? value)
        {
            if (value is not null)
            {
                parts.Add(string.Create(CultureInfo.InvariantCulture, $"{name}={value}"));
            }
        }

        Add("q", query.Q is null ? null : $"\"{query.Q}\"");
        Add("sector", query.Sector);
        Add("municipality", query.Municipality);
        Add("radius", query.RadiusKm);
        Add("hoursMin", query.HoursMin);
        Add("hoursMax", query.HoursMax);
        Add("education", query.Education);
        Add("occupation", query.Occupation?.Split('/')[^1]);
        Add("skill", query.Skill?.Split('/', ':')[^1]);
        Add("sort", query.Sort);
        Add("page", query.Page);
        return "{" + string.Join(", ", parts) + "}";
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";

    private static void Row(StringBuilder report, string kind, int count, double? hits, double[] times) =>
        report.AppendLine(CultureInfo.InvariantCulture,
            $"  {kind,-24} {count,9:N0} {(hits is double h ? h.ToString("N0", CultureInfo.InvariantCulture) : "-"),10} {Percentile(times, 50),6:N2} ms {Percentile(times, 95),6:N2} ms {Percentile(times, 99),6:N2} ms {times.Max(),6:N2} ms");

    private static double Percentile(double[] values, int percentile)
    {
        double[] sorted = [.. values.Order()];
        return sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(percentile / 100.0 * sorted.Length) - 1)];
    }
}

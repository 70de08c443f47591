using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using Labor.BuildingBlocks.Modules;
using Labor.Matching;
using Labor.Reference.Contracts;
using Labor.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Labor.Bench;

/// <summary>
/// A generated region in the read model of a fresh host, with what the bench needs afterwards: the generator (to
/// make new vacancies from the same stream), the vocabulary (for the baseline's helper tables) and every jobseeker's id.
/// </summary>
internal sealed record MatchingWorld(
    LaborHost Host,
    NpgsqlDataSource DataSource,
    IReferenceData Region,
    IVocabulary Vocabulary,
    Occupation[] Occupations,
    string[] Skills,
    MatchingData Data,
    DateOnly Today,
    Guid[] JobseekerIds,
    int Workers)
{
    public static async Task<(MatchingWorld World, string Description)> CreateAsync(
        LaborHost host, NpgsqlDataSource dataSource, int seed, int jobseekerCount, int vacancyCount)
    {
        var region = host.Services.GetRequiredService<IReferenceData>();
        var vocabulary = host.Services.GetRequiredService<IVocabulary>();
        int workers = host.Services.GetRequiredService<IOptions<MatchingOptions>>().Value.WorkerCount;
        Occupation[] occupations = MatchingData.Occupations((await host.ScalarAsync<string[]>("SELECT array_agg(uri) FROM reference.occupations"))!, vocabulary);
        string[] skills = MatchingData.Skills(occupations, vocabulary);
        DateOnly today = DutchTime.Today(TimeProvider.System);
        var data = new MatchingData(region, occupations, skills, new Random(seed), today);

        var insert = Stopwatch.StartNew();
        var jobseekerIds = new Guid[jobseekerCount];
        await using (NpgsqlConnection connection = await dataSource.OpenConnectionAsync())
        {
            // Generated while written: a million profiles never sit in memory before the run is measured.
            MatchingInsert.Vacancies(connection, Enumerable.Range(0, vacancyCount).Select(_ => data.NextVacancy()), DateTimeOffset.UtcNow);
            MatchingInsert.Jobseekers(connection, Enumerable.Range(0, jobseekerCount).Select(i =>
            {
                BenchJobseeker jobseeker = data.NextJobseeker();
                jobseekerIds[i] = jobseeker.Id;
                return jobseeker;
            }), DateTimeOffset.UtcNow);
        }

        insert.Stop();
        // The state autovacuum keeps tables in: statistics current, visibility map set.
        await host.ScalarAsync<int>("VACUUM (ANALYZE) matching.vacancies");
        await host.ScalarAsync<int>("VACUUM (ANALYZE) matching.jobseekers");
        long tableBytes = await host.ScalarAsync<long>("SELECT pg_total_relation_size('matching.vacancies') + pg_total_relation_size('matching.jobseekers')");
        long consenting = await host.ScalarAsync<long>("SELECT count(*) FROM matching.jobseekers WHERE consented");
        long empty = await host.ScalarAsync<long>("SELECT count(*) FROM matching.jobseekers WHERE jsonb_array_length(profile -> 'skills') = 0");
        long remote = await host.ScalarAsync<long>("SELECT count(*) FROM matching.vacancies WHERE details ->> 'workplaceMode' = 'remote'");
        string description = string.Create(CultureInfo.InvariantCulture, $"""
            Matching: {jobseekerCount:N0} jobseekers x {vacancyCount:N0} open vacancies of the region (seed {seed}), {Environment.ProcessorCount} cores, {workers} matching workers, {(GCSettings.IsServerGC ? "server" : "workstation")} GC
              {occupations.Length:N0} ESCO occupations of the sector tables with their {occupations.Sum(o => o.Skills.Count):N0} occupation-skill links, {skills.Length:N0} skills, {region.SectorTables.Count} sector tables, {region.Municipalities.Count} municipalities weighted by registrations
              {consenting / (double)jobseekerCount:P0} consenting, {empty / (double)jobseekerCount:P1} with an empty profile, {remote / (double)vacancyCount:P0} of vacancies remote; read model {tableBytes / 1024.0 / 1024:N0} MB
              generated and inserted with binary COPY in {insert.Elapsed.TotalSeconds:N1} s, then VACUUM (ANALYZE); load average (1 min) {LoadAverage()}
            """);
        return (new MatchingWorld(host, dataSource, region, vocabulary, occupations, skills, data, today, jobseekerIds, workers), description);
    }

    /// <summary>The machine's 1-minute load average: the benchmark shares its cores with whatever else runs.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";
}

using System.Diagnostics;
using System.Globalization;
using Labor.Matching.Engine;
using Labor.Testing;
using Labor.Vacancies.Contracts;
using Npgsql;
using Xunit;

namespace Labor.Bench;

/// <summary>
/// The matching engine on a generated region: (a) the nightly run end to end and its phases, (b) the same top 20 by
/// one plain SQL statement on a sample of jobseekers, checked against what the run stored, and extrapolated, (c) one
/// new vacancy against every jobseeker, as on each event. matching-national does (a) at national scale and reports
/// the process's peak memory (d).
/// </summary>
internal static class MatchingBench
{
    public const int Seed = 20261124;
    private const int SampleSize = 200;
    private const int StrongSampleSize = 2_000;
    private const int NewVacancies = 1_000;
    private const int WarmUpVacancies = 50;
    private const double TargetRunSeconds = 60;
    private const double TargetMatchSeconds = 10;
    private const double TargetTimesFaster = 50;
    private const double TargetIncrementalP99Ms = 20;
    private const double TargetNationalMinutes = 15;
    private const double TargetNationalGiB = 8;

    public static async Task RunAsync(string commandLine, int jobseekerCount, int vacancyCount, bool national)
    {
        var host = new LaborHost();
        host.Settings["Hangfire:Workers"] = "4"; // as a host runs: the nightly run's chunks are its jobs
        await host.InitializeAsync();
        try
        {
            await using NpgsqlDataSource dataSource = NpgsqlDataSource.Create(host.ConnectionString);
            (MatchingWorld world, string description) = await MatchingWorld.CreateAsync(host, dataSource, Seed, jobseekerCount, vacancyCount);
            // Each part is printed when it is measured: the national run takes many minutes.
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"\n$ {commandLine}\n{description}\n"));
            NightlyFigures nightly = await MatchingNightly.RunAsync(host);
            Console.WriteLine(nightly.Describe());
            if (national)
            {
                // Only the run: its phases on their own would take as long again, and (d) is about the run.
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""

                    (d) summary ({jobseekerCount:N0} x {vacancyCount:N0}, load average now {MatchingWorld.LoadAverage()})   measured       target
                      nightly run end to end                  {nightly.Elapsed.TotalMinutes,8:N1} min   < {TargetNationalMinutes} min   {Met(nightly.Elapsed.TotalMinutes < TargetNationalMinutes)}
                      peak working set                        {nightly.PeakGiB,8:N2} GiB   < {TargetNationalGiB} GiB    {Met(nightly.PeakGiB < TargetNationalGiB)}
                    """));
                return;
            }

            GC.Collect();
            (MatchIndex index, TimeSpan load) = await MatchingPhases.LoadAsync(host.Services);
            TimeSpan matchCpu = Process.GetCurrentProcess().TotalProcessorTime;
            (MatchLists lists, TimeSpan match) = MatchingPhases.Match(index, world.Workers);
            matchCpu = Process.GetCurrentProcess().TotalProcessorTime - matchCpu;
            TimeSpan write = (await MatchingPhases.WriteAsync(dataSource, index, lists)).Elapsed;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
                  phases, each timed on its own after the run:
                    load   MatchLoader.LoadAsync: read and parse both tables into the index   {load.TotalSeconds,6:N1} s
                    match  the parallel in-memory pass ({world.Workers} workers, top 20 + top 50)    {match.TotalSeconds,6:N1} s   ({matchCpu.TotalSeconds:N1} s CPU, {index.Jobseekers.Count / match.TotalSeconds:N0} jobseekers/s)
                    write  binary COPY of both lists, primary key, index, ANALYZE              {write.TotalSeconds,6:N1} s
                """));
            BaselineFigures baseline = await BaselineAsync(world, nightly);
            BaselineFigures strong = await StrongBaselineAsync(world, nightly);
            (IncrementalTimes product, IncrementalTimes fastest) = Incremental(world, index);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""

                summary ({jobseekerCount:N0} x {vacancyCount:N0}, load average now {MatchingWorld.LoadAverage()})             measured              target
                  (a) nightly run end to end                        {nightly.Elapsed.TotalSeconds,10:N1} s          < {TargetRunSeconds} s       {Met(nightly.Elapsed.TotalSeconds < TargetRunSeconds)}
                  (a) matching in memory                            {match.TotalSeconds,10:N1} s          < {TargetMatchSeconds} s       {Met(match.TotalSeconds < TargetMatchSeconds)}
                      its CPU time per worker (wall time on idle cores) {matchCpu.TotalSeconds / world.Workers,6:N1} s
                  (a) load / write, each on its own                 {load.TotalSeconds,6:N1} / {write.TotalSeconds:N1} s
                  (b) plain SQL, extrapolated from {baseline.Sample,-4}            {baseline.ExtrapolatedSeconds,10:N0} s
                  (a) vs (b)                                        {baseline.TimesFaster,10:N0}x          >= {TargetTimesFaster}x       {Met(baseline.TimesFaster >= TargetTimesFaster)}
                  (b) same top 20 as the engine                     {baseline.Agree,6} of {baseline.Sample}     all          {Met(baseline.Agree == baseline.Sample)}
                  (b2) strong SQL, {world.Workers} sessions, extrapolated from {strong.Sample,-5}  {strong.ExtrapolatedSeconds,10:N0} s
                  (a) vs (b2)                                       {strong.TimesFaster,10:N1}x
                  (b2) same top 20 as the engine                    {strong.Agree,6} of {strong.Sample}    all          {Met(strong.Agree == strong.Sample)}
                  (c) one new vacancy, p99                          {Percentile(product.Ms, 99),10:N2} ms         < {TargetIncrementalP99Ms} ms      {Met(Percentile(product.Ms, 99) < TargetIncrementalP99Ms)}
                      the fastest of 3 tries (lower bound)          {Percentile(fastest.Ms, 99),10:N2} ms
                  peak working set after (a)                        {nightly.PeakGiB,10:N2} GiB
                """));
        }
        finally
        {
            await ((IAsyncLifetime)host).DisposeAsync();
        }
    }

    private sealed record BaselineFigures(int Sample, double ExtrapolatedSeconds, double TimesFaster, int Agree);

    /// <summary>(b) The plain-SQL baseline on a sample, checked against what the run stored for the same people.</summary>
    private static async Task<BaselineFigures> BaselineAsync(MatchingWorld world, NightlyFigures nightly)
    {
        var sampling = new Random(Seed + 1);
        Guid[] sample = [.. world.JobseekerIds.OrderBy(_ => sampling.Next()).Take(Math.Min(SampleSize, world.JobseekerIds.Length))];
        await MatchingBaseline.CreateHelperTablesAsync(world.DataSource, world.Vocabulary, world.Region,
            world.Skills, world.Occupations);
        (Dictionary<Guid, List<ListedMatch>> baseline, TimeSpan sql) = await MatchingBaseline.RunAsync(world.DataSource, sample, world.Today);
        Dictionary<Guid, List<ListedMatch>> stored = await MatchingBaseline.StoredAsync(world.DataSource, sample);
        (int agree, List<Disagreement> disagreements, int partsDiffer) = MatchingAgreement.Compare(stored, baseline);
        double extrapolated = sql.TotalSeconds * world.JobseekerIds.Length / sample.Length;
        double timesFaster = extrapolated / nightly.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""

            (b) baseline: one plain SQL statement over the jsonb read model (helper tables for skills, occupations, sectors, education)
              {sample.Length} randomly sampled jobseekers (of all, empty profiles included) in {sql.TotalSeconds:N1} s, {sql.TotalMilliseconds / sample.Length:N0} ms per jobseeker
              EXTRAPOLATED from that sample of {sample.Length} to {world.JobseekerIds.Length:N0} jobseekers: {extrapolated:N0} s ({extrapolated / 3600:N1} h)
              the nightly run end to end is {timesFaster:N0}x faster than the extrapolated baseline
              agreement with the run's stored top 20 (vacancy ids and scores, in order): {agree} of {sample.Length} sampled jobseekers agree
                ({sample.Count(id => baseline[id].Count > 0)} of them with at least one match; {baseline.Values.Sum(l => l.Count):N0} list entries compared; {partsDiffer} agree on ids and totals but not on every part)
            """));
        MatchingAgreement.Print(disagreements);

        return new BaselineFigures(sample.Length, extrapolated, timesFaster, agree);
    }

    /// <summary>(b2) The strong team's SQL on a larger sample, checked against the run's stored lists the same way.</summary>
    private static async Task<BaselineFigures> StrongBaselineAsync(MatchingWorld world, NightlyFigures nightly)
    {
        var sampling = new Random(Seed + 2);
        Guid[] sample = [.. world.JobseekerIds.OrderBy(_ => sampling.Next()).Take(Math.Min(StrongSampleSize, world.JobseekerIds.Length))];
        TimeSpan prepare = await MatchingStrongBaseline.PrepareAsync(world.DataSource, world.Today);
        (Dictionary<Guid, List<ListedMatch>> strong, TimeSpan sql) = await MatchingStrongBaseline.RunAsync(world.DataSource, sample, world.Workers);
        Dictionary<Guid, List<ListedMatch>> stored = await MatchingBaseline.StoredAsync(world.DataSource, sample);
        (int agree, List<Disagreement> disagreements, int partsDiffer) = MatchingAgreement.Compare(stored, strong);
        double extrapolated = prepare.TotalSeconds + (sql.TotalSeconds * world.JobseekerIds.Length / sample.Length);
        double timesFaster = extrapolated / nightly.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""

            (b2) the SQL a strong team would write: integer tables made once from the read model, an intarray GIN index that
                 gives each jobseeker only the vacancies sharing a specific skill or an ISCO minor group, the same score,
                 one session per core ({world.Workers})
              integer tables and indexes made in {prepare.TotalSeconds:N1} s
              {sample.Length:N0} randomly sampled jobseekers in {sql.TotalSeconds:N1} s, {sql.TotalMilliseconds * world.Workers / sample.Length:N1} ms per jobseeker per session
              EXTRAPOLATED: {prepare.TotalSeconds:N1} s + {sample.Length:N0} → {world.JobseekerIds.Length:N0} jobseekers = {extrapolated:N0} s
              the nightly run end to end is {timesFaster:N1}x faster than the extrapolated strong SQL
              agreement with the run's stored top 20: {agree} of {sample.Length} sampled jobseekers agree ({partsDiffer} on ids and totals but not every part)
            """));
        MatchingAgreement.Print(disagreements);

        return new BaselineFigures(sample.Length, extrapolated, timesFaster, agree);
    }

    /// <summary>(c) New vacancies, never in the index, each against every jobseeker; then the same ones with one workspace.</summary>
    private static (IncrementalTimes Product, IncrementalTimes Fastest) Incremental(MatchingWorld world, MatchIndex index)
    {
        VacancyDetails[] fresh = [.. Enumerable.Range(0, NewVacancies + WarmUpVacancies).Select(_ => world.Data.NextVacancy())];
        IncrementalTimes product = MatchingIncremental.Run(index, fresh, WarmUpVacancies, reuseWorkspace: false);
        IncrementalTimes reused = MatchingIncremental.Run(index, fresh, WarmUpVacancies, reuseWorkspace: true);
        IncrementalTimes fastest = MatchingIncremental.Run(index, fresh, WarmUpVacancies, reuseWorkspace: false, repeats: 3);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""

            (c) incremental: {NewVacancies:N0} new vacancies, each against the {index.Jobseekers.Count:N0} jobseekers of the loaded index (after {WarmUpVacancies} to warm up)
              entry, workspace, MatchIndex.MatchVacancy, every pair into a list, consenting into a top 50 (no SQL merge)
              {product.PairsAverage:N0} scoring pairs and {product.CandidatesAverage:N1} listed candidates per vacancy on average
              a workspace from the pool, as IncrementalMatching does: p50 {Percentile(product.Ms, 50),6:N2} ms, p99 {Percentile(product.Ms, 99),6:N2} ms, max {product.Ms.Max(),6:N2} ms, {product.FullCollections} full GCs
              one workspace reused by all:                            p50 {Percentile(reused.Ms, 50),6:N2} ms, p99 {Percentile(reused.Ms, 99),6:N2} ms, max {reused.Ms.Max(),6:N2} ms, {reused.FullCollections} full GCs
              as the product, the fastest of 3 tries per vacancy:     p50 {Percentile(fastest.Ms, 50),6:N2} ms, p99 {Percentile(fastest.Ms, 99),6:N2} ms, max {fastest.Ms.Max(),6:N2} ms
                (a lower bound: back to back, so caches are warm and other processes' turns on these cores mostly fall out)
            """));
        return (product, fastest);
    }

    private static string Met(bool met) => met ? "met" : "NOT MET";

    private static double Percentile(double[] values, int percentile)
    {
        double[] sorted = [.. values.Order()];
        return sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(percentile / 100.0 * sorted.Length) - 1)];
    }
}

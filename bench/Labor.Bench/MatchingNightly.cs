using System.Diagnostics;
using System.Globalization;
using Labor.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Labor.Bench;

/// <summary>What one nightly run took and wrote.</summary>
internal sealed record NightlyFigures(
    TimeSpan Elapsed,
    TimeSpan Cpu,
    double PeakGiB,
    double AllocatedGiB,
    double HeapGiB,
    RunCounts Run,
    long Matches,
    long JobseekersWithMatch,
    long Candidates,
    long VacanciesWithCandidates,
    RunTimeline Timeline)
{
    public string Describe() => string.Create(CultureInfo.InvariantCulture, $"""
        (a) nightly run end to end (the recurring job plans {Run.Chunks:N0} chunks; Hangfire's workers match them, each loading the index once per host, and COPY into *_next; the last enqueues the finish: rank the candidates, index, swap): {Elapsed.TotalSeconds:N1} s
          {Timeline.Describe(Elapsed)}
          {Run.Jobseekers:N0} jobseekers with a profile to match on, {Run.Vacancies:N0} open vacancies
          {Matches:N0} matches written for {JobseekersWithMatch:N0} jobseekers with at least one ({JobseekersWithMatch / (double)Run.Jobseekers:P1}), {Matches / (double)Math.Max(1, JobseekersWithMatch):N1} per list on average
          {Candidates:N0} candidates written for {VacanciesWithCandidates:N0} vacancies ({VacanciesWithCandidates / (double)Run.Vacancies:P1} have a consenting candidate)
          this process used {Cpu.TotalSeconds:N1} s of CPU meanwhile (PostgreSQL's own work not included)
          process memory: peak working set {PeakGiB:N2} GiB, {AllocatedGiB:N1} GiB allocated during the run, GC heap {HeapGiB:N2} GiB after it
        """);
}

/// <summary>A finished run's counts, as matching.runs holds them.</summary>
internal sealed record RunCounts(int Chunks, int Jobseekers, int Vacancies);

/// <summary>When a finished run's parts ended, in seconds from its planning (matching.runs and matching.run_chunks).</summary>
internal sealed record RunTimeline(double FirstChunkDone, double LastChunkDone, double Finished)
{
    private const string Latest = "FROM matching.runs r JOIN matching.run_chunks c ON c.run_id = r.id WHERE r.status = 'Finished' GROUP BY r.id ORDER BY r.finished_at DESC LIMIT 1";

    public double Finish => Finished - LastChunkDone;

    public static async Task<RunTimeline> ReadAsync(LaborHost host) => new(
        await host.ScalarAsync<double>($"SELECT extract(epoch FROM min(c.done_at) - r.started_at)::float8 {Latest}"),
        await host.ScalarAsync<double>($"SELECT extract(epoch FROM max(c.done_at) - r.started_at)::float8 {Latest}"),
        await host.ScalarAsync<double>($"SELECT extract(epoch FROM r.finished_at - r.started_at)::float8 {Latest}"));

    /// <param name="elapsed">From the trigger to the finished run, as the bench saw it.</param>
    public string Describe(TimeSpan elapsed) => string.Create(CultureInfo.InvariantCulture,
        $"from planning: first chunk done {FirstChunkDone:N1} s, last chunk done {LastChunkDone:N1} s, the finish (rank, index, swap) {Finish:N1} s; {elapsed.TotalSeconds - Finished:N1} s before planning and after finishing (Hangfire's pick-up, the bench's polling)");
}

/// <summary>The nightly job as Hangfire runs it: triggered, its chunks and its finish taken by the host's workers.</summary>
internal static class MatchingNightly
{
    /// <param name="host">A host with a Hangfire server; its siblings' servers take chunks too.</param>
    public static async Task<NightlyFigures> RunAsync(LaborHost host)
    {
        GC.Collect();
        long allocated = GC.GetTotalAllocatedBytes();
        TimeSpan cpu = Process.GetCurrentProcess().TotalProcessorTime;
        long start = Stopwatch.GetTimestamp();
        await host.RunNightlyMatchingAsync(TimeSpan.FromHours(1));
        TimeSpan elapsed = Stopwatch.GetElapsedTime(start);
        using var process = Process.GetCurrentProcess();
        const double GiB = 1024.0 * 1024 * 1024;
        TimeSpan used = process.TotalProcessorTime - cpu;
        double peak = process.PeakWorkingSet64 / GiB;
        double allocatedGiB = (GC.GetTotalAllocatedBytes() - allocated) / GiB;
        double heap = GC.GetGCMemoryInfo(GCKind.Any).HeapSizeBytes / GiB;
        // Not timed: the run's MatchesFound leaves through the outbox, and a host stopped before that logs a fault.
        await Eventually.TrueAsync(
            async () => await host.ScalarAsync<long>("SELECT count(*) FROM matching.outbox_messages WHERE sent_at IS NULL") == 0,
            TimeSpan.FromSeconds(30), "the run's MatchesFound to be published");
        const string Latest = "FROM matching.runs WHERE status = 'Finished' ORDER BY finished_at DESC LIMIT 1";
        var run = new RunCounts(
            await host.ScalarAsync<int>($"SELECT chunks {Latest}"),
            await host.ScalarAsync<int>($"SELECT jobseekers {Latest}"),
            await host.ScalarAsync<int>($"SELECT vacancies {Latest}"));
        return new NightlyFigures(
            elapsed,
            used,
            peak,
            allocatedGiB,
            heap,
            run,
            await host.ScalarAsync<long>("SELECT count(*) FROM matching.jobseeker_matches"),
            await host.ScalarAsync<long>("SELECT count(DISTINCT jobseeker_id) FROM matching.jobseeker_matches"),
            await host.ScalarAsync<long>("SELECT count(*) FROM matching.vacancy_candidates"),
            await host.ScalarAsync<long>("SELECT count(DISTINCT vacancy_id) FROM matching.vacancy_candidates"),
            await RunTimeline.ReadAsync(host));
    }
}

using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;

namespace Labor.Bench;

/// <summary>
/// One thing to load: its name in the table, the address of the n-th request, who asks (null: anonymous) and a text
/// the first answer must contain, so a page that quietly shows nothing (or a sign-in form) is not measured.
/// </summary>
internal sealed record LoadTarget(string Name, Func<long, string> Path, AuthenticationHeaderValue? Authorization, string Expect);

/// <summary>What a target did in the measured window.</summary>
/// <param name="Cached">Answers that came from the output cache (they carry an Age header).</param>
internal sealed record LoadFigures(
    LoadTarget Target, long Requests, long Errors, long Cached, double PerSecond, double P50Ms, double P99Ms, double MaxMs, string LoadAverage, CpuShare? Cpu, string? FirstError);

/// <summary>
/// A closed loop at fixed concurrency: that many workers share one client with a keep-alive connection each, and each
/// sends its next request as soon as it has read the last answer in full. A warm-up, then the measured window. Every
/// answer other than 2xx/3xx and every exception (refused, reset, timed out) counts as an error.
/// </summary>
internal sealed class LoadRunner(Uri baseAddress, int concurrency, CpuMeter cpu) : IDisposable
{
    private readonly HttpClient _http = new(new SocketsHttpHandler
    {
        MaxConnectionsPerServer = concurrency,
        PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        // A redirect (to the sign-in page, say) is an answer to count, not one to follow.
        AllowAutoRedirect = false,
        UseCookies = false,
        AutomaticDecompression = DecompressionMethods.None,
    })
    {
        BaseAddress = baseAddress,
        Timeout = TimeSpan.FromSeconds(30),
    };

    /// <summary>
    /// The number of the next request, counted over the runner's whole life rather than per loop: a target's measured
    /// window never asks an address its warm-up asked, so a target meant to miss the output cache never hits it (with a
    /// count restarting at each loop, a warm-up shorter than the cache's 10 s made the window's first requests hits).
    /// </summary>
    private long _sequence;

    public void Dispose() => _http.Dispose();

    public async Task<LoadFigures> RunAsync(LoadTarget target, TimeSpan warmUp, TimeSpan duration)
    {
        await CheckAsync(target);
        await LoopAsync(target, warmUp);
        string loadBefore = MatchingWorld.LoadAverage();
        CpuSample? cpuBefore = await cpu.SampleAsync();
        (long[] latencies, long errors, long cached, string? firstError, TimeSpan elapsed) = await LoopAsync(target, duration);
        CpuSample? cpuAfter = await cpu.SampleAsync();
        Array.Sort(latencies);
        double Ms(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
        double Percentile(int p) => Ms(latencies[Math.Min(latencies.Length - 1, (int)Math.Ceiling(p / 100.0 * latencies.Length) - 1)]);
        return new LoadFigures(target, latencies.Length, errors, cached, latencies.Length / elapsed.TotalSeconds, Percentile(50), Percentile(99),
            Ms(latencies[^1]), $"{loadBefore}–{MatchingWorld.LoadAverage()}", CpuShare.Between(cpuBefore, cpuAfter, latencies.Length, elapsed), firstError);
    }

    private async Task CheckAsync(LoadTarget target)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, target.Path(0));
        request.Headers.Authorization = target.Authorization;
        using HttpResponseMessage response = await _http.SendAsync(request);
        string body = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK || !body.Contains(target.Expect, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{target.Name}: {(int)response.StatusCode} on {request.RequestUri}, expected 200 with \"{target.Expect}\".");
        }
    }

    private async Task<(long[] Latencies, long Errors, long Cached, string? FirstError, TimeSpan Elapsed)> LoopAsync(LoadTarget target, TimeSpan length)
    {
        long errors = 0;
        long cached = 0;
        string? firstError = null;
        void Fail(string error)
        {
            Interlocked.Increment(ref errors);
            Interlocked.CompareExchange(ref firstError, error, null);
        }

        long start = Stopwatch.GetTimestamp();
        long end = start + (long)(length.TotalSeconds * Stopwatch.Frequency);
        List<long>[] perWorker = await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            var latencies = new List<long>(8_192);
            while (Stopwatch.GetTimestamp() < end)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, target.Path(Interlocked.Increment(ref _sequence)));
                request.Headers.Authorization = target.Authorization;
                long sent = Stopwatch.GetTimestamp();
                try
                {
                    // The default completion reads the whole body: the time is to the answer's last byte.
                    using HttpResponseMessage response = await _http.SendAsync(request);
                    if ((int)response.StatusCode >= 400)
                    {
                        Fail($"{(int)response.StatusCode} on {request.RequestUri}");
                    }

                    if (response.Headers.Age is not null)
                    {
                        Interlocked.Increment(ref cached);
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
                {
                    Fail($"{e.GetType().Name} on {request.RequestUri}: {e.Message}");
                }

                latencies.Add(Stopwatch.GetTimestamp() - sent);
            }

            return latencies;
        })));
        return ([.. perWorker.SelectMany(l => l)], errors, cached, firstError, Stopwatch.GetElapsedTime(start));
    }
}

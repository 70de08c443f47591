using Labor.Matching.Engine;

namespace Labor.Matching.Runs;

/// <summary>
/// What a host keeps of a nightly run between its chunks: the index it matches them against, loaded once per host and
/// run (at national scale loading takes tens of seconds and a gigabyte: never once per chunk), and the best candidates
/// per vacancy among the shares this host has committed. Hosts load the index at slightly different moments; what
/// changed after the run started is matched again by the catch-up when the run finishes.
/// </summary>
internal sealed class RunIndex : IDisposable
{
    private readonly SemaphoreSlim _loading = new(1, 1);
    private (Guid RunId, HostRun Run)? _current;

    public async Task<HostRun> GetAsync(Guid runId, MatchLoader loader, CancellationToken cancellationToken)
    {
        await _loading.WaitAsync(cancellationToken);
        try
        {
            if (_current is { } loaded && loaded.RunId == runId)
            {
                return loaded.Run;
            }

            _current = null; // the last run's index goes before this one's comes: two would not fit a small host
            MatchIndex index = await loader.LoadAsync(cancellationToken);
            var run = new HostRun(index, new VacancyLists(index.Vacancies.Count, NightlyRun.VacancyListSize));
            _current = (runId, run);
            return run;
        }
        finally
        {
            _loading.Release();
        }
    }

    /// <summary>The run has no chunk left to match: what this host kept of it is garbage.</summary>
    public void Forget(Guid runId)
    {
        if (_current is { } loaded && loaded.RunId == runId)
        {
            _current = null;
        }
    }

    public void Dispose() => _loading.Dispose();
}

/// <param name="Shared">
/// Each vacancy's best 50 among the candidate shares this host's chunks have committed. A pair that would not enter it
/// cannot be among the vacancy's final 50 (fifty better ones are already written), so a chunk leaves it out: the shares
/// stay near the size of the lists instead of every consenting fit (at national scale 160 million rows without this).
/// Read without a lock (a stale bar is a lower one, still safe); offered to under <see cref="Gate"/>, after a commit.
/// </param>
internal sealed record HostRun(MatchIndex Index, VacancyLists Shared)
{
    public Lock Gate { get; } = new();

    public void Committed(VacancyLists[] chunkLists)
    {
        lock (Gate)
        {
            foreach (VacancyLists lists in chunkLists)
            {
                for (int vacancy = 0; vacancy < Index.Vacancies.Count; vacancy++)
                {
                    foreach (long key in lists.Keys(vacancy))
                    {
                        Shared.Offer(vacancy, key);
                    }
                }
            }
        }
    }
}

using Labor.Matching.Engine;

namespace Labor.Matching.Runs;

/// <summary>
/// The index a host matches a nightly run's chunks against, loaded once per host and run (at national scale loading
/// takes tens of seconds and a gigabyte: never once per chunk). Hosts load it at slightly different moments; what
/// changed after the run started is matched again by the catch-up when the run finishes.
/// </summary>
internal sealed class RunIndex : IDisposable
{
    private readonly SemaphoreSlim _loading = new(1, 1);
    private (Guid RunId, MatchIndex Index)? _current;

    public async Task<MatchIndex> GetAsync(Guid runId, MatchLoader loader, CancellationToken cancellationToken)
    {
        await _loading.WaitAsync(cancellationToken);
        try
        {
            if (_current is { } loaded && loaded.RunId == runId)
            {
                return loaded.Index;
            }

            _current = null; // the last run's index goes before this one's comes: two would not fit a small host
            MatchIndex index = await loader.LoadAsync(cancellationToken);
            _current = (runId, index);
            return index;
        }
        finally
        {
            _loading.Release();
        }
    }

    /// <summary>The run has no chunk left to match: its index is garbage.</summary>
    public void Forget(Guid runId)
    {
        if (_current is { } loaded && loaded.RunId == runId)
        {
            _current = null;
        }
    }

    public void Dispose() => _loading.Dispose();
}

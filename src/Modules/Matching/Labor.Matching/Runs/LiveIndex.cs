using Labor.Matching.Engine;
using Microsoft.Extensions.Options;

namespace Labor.Matching.Runs;

/// <summary>
/// The index incremental runs match against, kept in memory by each host and rebuilt from matching's tables when
/// older than <see cref="MatchingOptions.LiveIndexMaxAge"/>. What changed since is matched by its own incremental
/// run, and the nightly run sets everything straight.
/// </summary>
internal sealed class LiveIndex(TimeProvider time, IOptions<MatchingOptions> options) : IDisposable
{
    private readonly SemaphoreSlim _building = new(1, 1);
    private (MatchIndex Index, DateTimeOffset BuiltAt)? _current;

    public async Task<MatchIndex> GetAsync(MatchLoader loader, CancellationToken cancellationToken)
    {
        if (_current is { } fresh && time.GetUtcNow() - fresh.BuiltAt < options.Value.LiveIndexMaxAge)
        {
            return fresh.Index;
        }

        return await RebuildAsync(loader, _current?.Index, cancellationToken);
    }

    /// <summary>
    /// A new index from the tables as they are now, unless another caller built one since <paramref name="stale"/>.
    /// Also for an event naming a skill or occupation the index has never numbered: it could match nothing.
    /// </summary>
    public async Task<MatchIndex> RebuildAsync(MatchLoader loader, MatchIndex? stale, CancellationToken cancellationToken)
    {
        await _building.WaitAsync(cancellationToken);
        try
        {
            if (_current is { } built && built.Index != stale && time.GetUtcNow() - built.BuiltAt < options.Value.LiveIndexMaxAge)
            {
                return built.Index;
            }

            MatchIndex index = await loader.LoadAsync(cancellationToken);
            _current = (index, time.GetUtcNow());
            return index;
        }
        finally
        {
            _building.Release();
        }
    }

    /// <summary>Forgets the index, so the next incremental run sees the tables as they are now (after a nightly run).</summary>
    public void Invalidate() => _current = null;

    public void Dispose() => _building.Dispose();
}

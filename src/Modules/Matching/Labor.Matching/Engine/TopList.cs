namespace Labor.Matching.Engine;

/// <summary>
/// The best <c>capacity</c> hits seen, best first: higher score, then the lower id (PostgreSQL's uuid order, which
/// <see cref="Guid.CompareTo(Guid)"/> follows), so the same input always gives the same list.
/// </summary>
internal sealed class TopList<T>(int capacity)
{
    private readonly (int Score, Guid Id, T Item)[] _items = new (int, Guid, T)[capacity];

    public int Count { get; private set; }

    public int Capacity => capacity;

    /// <summary>Whether a hit with this score could enter the list (cheap test before building the hit).</summary>
    public bool Admits(int score) => Count < capacity || score >= _items[Count - 1].Score;

    public void Offer(int score, Guid id, T item)
    {
        if (Count == capacity && !Better(score, id, _items[Count - 1]))
        {
            return;
        }

        int at = Count == capacity ? Count - 1 : Count++;
        while (at > 0 && Better(score, id, _items[at - 1]))
        {
            _items[at] = _items[at - 1];
            at--;
        }

        _items[at] = (score, id, item);
    }

    public IEnumerable<T> Items() => _items.Take(Count).Select(i => i.Item);

    public void Clear() => Count = 0;

    private static bool Better(int score, Guid id, (int Score, Guid Id, T Item) other) =>
        score > other.Score || (score == other.Score && id.CompareTo(other.Id) < 0);
}

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

    /// <summary>The lowest score that could still enter the list (the last one's: a lower id wins a tie).</summary>
    public int Bar => Count < capacity ? int.MinValue : _items[Count - 1].Score;

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

    public T[] ToArray()
    {
        var items = new T[Count];
        for (int i = 0; i < items.Length; i++)
        {
            items[i] = _items[i].Item;
        }

        return items;
    }

    public void Clear() => Count = 0;

    private static bool Better(int score, Guid id, (int Score, Guid Id, T Item) other) =>
        score > other.Score || (score == other.Score && id.CompareTo(other.Id) < 0);
}

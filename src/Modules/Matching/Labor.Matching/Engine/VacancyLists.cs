namespace Labor.Matching.Engine;

/// <summary>
/// One worker's best consenting candidates per vacancy during a nightly run, packed small: each entry is one number,
/// the score above the jobseeker's position (higher is better; at equal scores the lower position, which is the
/// lower id because the index is read in id order). A min-heap per vacancy keeps its best <c>capacity</c>, and the
/// heap's root is the bar a newcomer must pass, copied into one array for all vacancies so that most newcomers are
/// turned away without reaching the heap. The parts of each score are computed again for the few that win.
/// </summary>
internal sealed class VacancyLists(int vacancies, int capacity)
{
    private readonly long[]?[] _heaps = new long[]?[vacancies];
    private readonly int[] _counts = new int[vacancies];

    /// <summary>Each full heap's root; the smallest key (any newcomer passes) while the heap is filling.</summary>
    private readonly long[] _roots = [.. Enumerable.Repeat(long.MinValue, vacancies)];

    public static long Key(int score, int jobseeker) => ((long)score << 32) | (uint)(int.MaxValue - jobseeker);

    public static int JobseekerOf(long key) => int.MaxValue - (int)(key & int.MaxValue);

    /// <summary>The lowest score that could still enter the vacancy's list (a lower position wins a tie).</summary>
    public int Bar(int vacancy) => (int)(_roots[vacancy] >> 32);

    /// <summary>Whether an entry with this key would enter the vacancy's list now (the bar only rises).</summary>
    public bool Admits(int vacancy, long key) => key > _roots[vacancy];

    public void Offer(int vacancy, int score, int jobseeker) => Offer(vacancy, Key(score, jobseeker));

    public void Offer(int vacancy, long key)
    {
        if (key <= _roots[vacancy])
        {
            return;
        }

        long[] heap = _heaps[vacancy] ??= new long[capacity];
        int count = _counts[vacancy];
        if (count < capacity)
        {
            int at = count;
            heap[at] = key;
            while (at > 0 && heap[(at - 1) / 2] > heap[at])
            {
                (heap[at], heap[(at - 1) / 2]) = (heap[(at - 1) / 2], heap[at]);
                at = (at - 1) / 2;
            }

            _counts[vacancy] = count + 1;
            _roots[vacancy] = count + 1 == capacity ? heap[0] : long.MinValue;
            return;
        }

        heap[0] = key;
        for (int at = 0; ;)
        {
            int smallest = at, left = (2 * at) + 1, right = left + 1;
            smallest = left < count && heap[left] < heap[smallest] ? left : smallest;
            smallest = right < count && heap[right] < heap[smallest] ? right : smallest;
            if (smallest == at)
            {
                break;
            }

            (heap[at], heap[smallest]) = (heap[smallest], heap[at]);
            at = smallest;
        }

        _roots[vacancy] = heap[0];
    }

    public ReadOnlySpan<long> Keys(int vacancy) => _heaps[vacancy] is { } heap ? heap.AsSpan(0, _counts[vacancy]) : [];
}

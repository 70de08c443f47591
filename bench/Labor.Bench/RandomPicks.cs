namespace Labor.Bench;

internal static class RandomPicks
{
    /// <summary>One of the items, each as likely as its weight.</summary>
    public static T Weighted<T>(this Random random, IReadOnlyList<T> items, Func<T, int> weight)
    {
        int pick = random.Next(items.Sum(weight));
        foreach (T item in items)
        {
            if ((pick -= weight(item)) < 0)
            {
                return item;
            }
        }

        return items[^1];
    }
}

namespace Labor.Matching.Fairness;

/// <summary>
/// k-anonymity for the fairness report: a group of fewer than <see cref="MinimumSize"/> people is never shown with
/// its own figures, because in a small municipality or a rare gender a count of one or two points at a person.
/// </summary>
internal static class SmallGroups
{
    public const int MinimumSize = 10;

    /// <summary>The row that holds the small groups of a dimension together.</summary>
    public const string Merged = "smaller-groups";

    /// <summary>
    /// Per dimension, the groups of at least <see cref="MinimumSize"/> as they are, and the smaller ones together in
    /// one <see cref="Merged"/> row. While that row is still too small, the next smallest group joins it: otherwise
    /// the dimension's total (which every other dimension gives away) minus the rows shown would be its figures.
    /// When even the whole dimension is too small, the one row left shows no figures at all.
    /// </summary>
    public static IReadOnlyList<FairnessGroup> Merge(IEnumerable<GroupCount> counts) =>
        [.. counts.GroupBy(c => c.Dimension, StringComparer.Ordinal).SelectMany(MergeDimension)];

    private static IEnumerable<FairnessGroup> MergeDimension(IEnumerable<GroupCount> dimension)
    {
        List<GroupCount> shown = [.. dimension.OrderBy(c => c.Jobseekers).ThenBy(c => c.Group, StringComparer.Ordinal)];
        List<GroupCount> merged = [.. shown.TakeWhile(c => c.Jobseekers < MinimumSize)];
        shown.RemoveRange(0, merged.Count);
        while (merged.Count > 0 && merged.Sum(c => c.Jobseekers) < MinimumSize && shown.Count > 0)
        {
            merged.Add(shown[0]);
            shown.RemoveAt(0);
        }

        IEnumerable<FairnessGroup> rows = shown.OrderBy(c => c.Group, StringComparer.Ordinal).Select(c => Show(c.Dimension, c.Group, [c]));
        return merged.Count == 0 ? rows : rows.Append(Show(merged[0].Dimension, Merged, merged));
    }

    private static FairnessGroup Show(string dimension, string group, IReadOnlyList<GroupCount> counts)
    {
        int jobseekers = counts.Sum(c => c.Jobseekers);
        if (jobseekers < MinimumSize)
        {
            return new FairnessGroup(dimension, group, true, null, null, null, null, null);
        }

        int matched = counts.Sum(c => c.Matched);
        return new FairnessGroup(dimension, group, false, jobseekers, matched,
            Math.Round(100.0 * matched / jobseekers, 1),
            matched == 0 ? 0 : Math.Round(counts.Sum(c => c.BestScoreTotal) / matched, 1),
            matched == 0 ? 0 : Math.Round(counts.Sum(c => c.MeanScoreTotal) / matched, 1));
    }
}

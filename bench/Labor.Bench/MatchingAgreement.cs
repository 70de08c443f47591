using System.Globalization;

namespace Labor.Bench;

/// <summary>A jobseeker whose two lists differ, at the first rank where they do (1-based; null: that list ended).</summary>
internal sealed record Disagreement(Guid JobseekerId, int Rank, ListedMatch? Engine, ListedMatch? Baseline, int EngineCount, int BaselineCount);

/// <summary>Whether the engine's stored top 20 and the SQL baseline's are the same: vacancy ids and scores, in order.</summary>
internal static class MatchingAgreement
{
    public static (int Agree, List<Disagreement> Disagreements, int PartsDiffer) Compare(
        IReadOnlyDictionary<Guid, List<ListedMatch>> engine, IReadOnlyDictionary<Guid, List<ListedMatch>> baseline)
    {
        int agree = 0, partsDiffer = 0;
        var disagreements = new List<Disagreement>();
        foreach ((Guid jobseeker, List<ListedMatch> mine) in engine)
        {
            List<ListedMatch> theirs = baseline[jobseeker];
            int rank = 0;
            while (rank < Math.Min(mine.Count, theirs.Count)
                && mine[rank].VacancyId == theirs[rank].VacancyId && mine[rank].Score == theirs[rank].Score)
            {
                rank++;
            }

            if (rank == mine.Count && rank == theirs.Count)
            {
                agree++;
                // Same ids and totals; the parts too is a stronger check, reported apart.
                partsDiffer += mine.SequenceEqual(theirs) ? 0 : 1;
            }
            else
            {
                disagreements.Add(new Disagreement(jobseeker, rank + 1, rank < mine.Count ? mine[rank] : null,
                    rank < theirs.Count ? theirs[rank] : null, mine.Count, theirs.Count));
            }
        }

        return (agree, disagreements, partsDiffer);
    }

    /// <summary>The first few lists that differ, where they do.</summary>
    public static void Print(IEnumerable<Disagreement> disagreements)
    {
        foreach (Disagreement d in disagreements.Take(5))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
                  jobseeker {d.JobseekerId}: lists of {d.EngineCount} (engine) and {d.BaselineCount} (SQL) differ first at rank {d.Rank}
                    engine {Describe(d.Engine)}
                    SQL    {Describe(d.Baseline)}
                """));
        }
    }

    private static string Describe(ListedMatch? match) => match is null
        ? "(end of list)"
        : $"{match.VacancyId} score {match.Score} = skills {match.Skills} + occupation {match.Occupation} + sector {match.Sector} + distance {match.Distance} + hours {match.Hours}";
}

using Labor.Matching.Data;
using Microsoft.EntityFrameworkCore;

namespace Labor.Matching.Fairness;

/// <summary>
/// Whether the matching treats groups alike: per age band, gender and municipality, how many matchable people have
/// at least one match and how high their scores are. The traits come from the profile's voluntary fairness part;
/// the engine never reads them, this report is their only use. Small groups are merged before anyone sees them
/// (<see cref="SmallGroups"/>).
/// </summary>
internal sealed class FairnessReport(MatchingDbContext db)
{
    public const string NotGiven = "not-given";

    public async Task<IReadOnlyList<FairnessGroup>> BuildAsync(CancellationToken cancellationToken) =>
        SmallGroups.Merge(await CountAsync(cancellationToken));

    private async Task<List<GroupCount>> CountAsync(CancellationToken cancellationToken)
    {
        // One pass over the pool: a person counts once per dimension; scores come from their own list. Sums rather
        // than means, so that merged groups get exact means.
        const string sql = """
            WITH people AS (
                SELECT p.jobseeker_id,
                       coalesce(p.profile->'fairness'->>'ageBand', '{0}') AS age_band,
                       coalesce(p.profile->'fairness'->>'gender', '{0}') AS gender,
                       coalesce(p.profile->>'municipality', '{0}') AS municipality,
                       m.matches, m.best, m.mean
                FROM matching.jobseekers p
                LEFT JOIN (SELECT jobseeker_id, count(*) AS matches, max(score) AS best, avg(score) AS mean
                           FROM matching.jobseeker_matches GROUP BY jobseeker_id) m ON m.jobseeker_id = p.jobseeker_id
                WHERE p.profile IS NOT NULL),
            grouped AS (
                SELECT 'ageBand' AS dimension, age_band AS "group", * FROM people
                UNION ALL SELECT 'gender', gender, * FROM people
                UNION ALL SELECT 'municipality', municipality, * FROM people)
            SELECT dimension, "group", count(*)::int AS jobseekers, count(matches)::int AS matched,
                   coalesce(sum(best), 0)::float8 AS best_score_total, coalesce(sum(mean), 0)::float8 AS mean_score_total
            FROM grouped GROUP BY dimension, "group" ORDER BY dimension, "group"
            """;
        return await db.Database.SqlQueryRaw<GroupCount>(sql.Replace("{0}", NotGiven, StringComparison.Ordinal)).ToListAsync(cancellationToken);
    }
}

/// <summary>One group as counted, before small groups are merged; never shown as it is.</summary>
/// <param name="BestScoreTotal">The sum of each matched person's best score.</param>
/// <param name="MeanScoreTotal">The sum of each matched person's mean score.</param>
internal sealed record GroupCount(string Dimension, string Group, int Jobseekers, int Matched, double BestScoreTotal, double MeanScoreTotal);

/// <summary>A group as the report shows it. The figures are null where the group is too small to show (<see cref="Suppressed"/>).</summary>
/// <param name="Group">The age band, gender or municipality; <see cref="SmallGroups.Merged"/> for the small groups together.</param>
/// <param name="Matched">Of the group's jobseekers, those with at least one match.</param>
/// <param name="MeanBestScore">The mean of each matched person's best score.</param>
internal sealed record FairnessGroup(
    string Dimension, string Group, bool Suppressed, int? Jobseekers, int? Matched, double? MatchRate, double? MeanBestScore, double? MeanScore);

using Labor.Matching.Data;
using Microsoft.EntityFrameworkCore;

namespace Labor.Matching.Fairness;

/// <summary>
/// Whether the matching treats groups alike: per age band, gender and municipality, how many matchable people have
/// at least one match and how high their scores are. The traits come from the profile's voluntary fairness part;
/// the engine never reads them, this report is their only use.
/// </summary>
internal sealed class FairnessReport(MatchingDbContext db)
{
    public const string NotGiven = "not-given";

    public async Task<IReadOnlyList<FairnessRow>> BuildAsync(CancellationToken cancellationToken)
    {
        // One pass over the pool: a person counts once per dimension; scores come from their own list.
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
                   round(coalesce(avg(best), 0)::numeric, 1)::float8 AS mean_best_score, round(coalesce(avg(mean), 0)::numeric, 1)::float8 AS mean_score
            FROM grouped GROUP BY dimension, "group" ORDER BY dimension, "group"
            """;
        return await db.Database.SqlQueryRaw<FairnessRow>(sql.Replace("{0}", NotGiven, StringComparison.Ordinal)).ToListAsync(cancellationToken);
    }
}

/// <param name="Dimension">ageBand, gender or municipality.</param>
/// <param name="Matched">Of the group's jobseekers, those with at least one match.</param>
/// <param name="MeanBestScore">The mean of each matched person's best score.</param>
internal sealed record FairnessRow(string Dimension, string Group, int Jobseekers, int Matched, double MeanBestScore, double MeanScore)
{
    public double MatchRate => Jobseekers == 0 ? 0 : Math.Round(100.0 * Matched / Jobseekers, 1);
}

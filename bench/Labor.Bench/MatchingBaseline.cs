using System.Diagnostics;
using Labor.Reference.Contracts;
using Npgsql;
using NpgsqlTypes;

namespace Labor.Bench;

/// <summary>A list entry with its score's parts, from either side of the comparison.</summary>
internal sealed record ListedMatch(Guid VacancyId, int Score, int Skills, int Occupation, int Sector, int Distance, int Hours);

/// <summary>
/// The first thing a team would write: one SQL statement over matching's read model (jsonb as stored) with small
/// helper tables for what the vocabulary knows (a skill's broader concept and reuse level, an occupation's ISCO
/// code, the sector tables, the education ranks). It applies Scorer's hard filters and computes its whole-number
/// score the same way (the same flat-map kilometres, floors and integer divisions, the same reach of reuse levels,
/// evidence rule and minimum), then keeps each jobseeker's 20 best with row_number(), ties by vacancy id.
/// </summary>
internal static class MatchingBaseline
{
    /// <remarks>
    /// MATERIALIZED: each profile and vacancy is parsed once, not once per pair, which is what PostgreSQL does when it
    /// inlines a CTE into the cross join (seconds per jobseeker). Skills join as rows, the way SQL compares sets.
    /// </remarks>
    private const string Sql = """
        WITH jobseeker AS MATERIALIZED (
            SELECT s.jobseeker_id,
                   (s.profile ->> 'hoursMin')::int AS hours_min,
                   (s.profile ->> 'hoursMax')::int AS hours_max,
                   coalesce((s.profile ->> 'maxTravelKm')::int, 0) AS max_km,
                   s.profile ->> 'latitude' IS NOT NULL AND s.profile ->> 'longitude' IS NOT NULL AS placed,
                   (s.profile ->> 'longitude')::float8 * 68.1 AS x,
                   (s.profile ->> 'latitude')::float8 * 111.2 AS y,
                   (s.profile ->> 'availableFrom')::date AS available_from,
                   coalesce(e.rank, 0) AS education,
                   (s.profile ->> 'openToOtherSectors')::boolean AS open_to_other_sectors,
                   ARRAY(SELECT t FROM jsonb_array_elements_text(s.profile -> 'sectorTables') t WHERE t IN (SELECT name FROM bench.sector_tables)) AS wishes,
                   ARRAY(SELECT jsonb_array_elements_text(s.profile -> 'skills')) AS skills,
                   ARRAY(SELECT k.broader_uri FROM jsonb_array_elements_text(s.profile -> 'skills') u JOIN bench.skills k ON k.uri = u
                         WHERE k.broader_uri IS NOT NULL) AS skill_broaders,
                   s.profile -> 'experience' AS experience,
                   ARRAY(SELECT DISTINCT coalesce(t, '(outside every table)') FROM jsonb_array_elements(s.profile -> 'experience') x
                         JOIN bench.occupations o ON o.uri = x.value ->> 'occupationUri' LEFT JOIN LATERAL unnest(o.sector_tables) t ON true) AS home_sectors
            FROM matching.jobseekers s
            LEFT JOIN bench.education_levels e ON e.code = s.profile ->> 'educationLevel'
            WHERE s.jobseeker_id = ANY(@ids) AND s.profile IS NOT NULL
              AND s.profile ->> 'hoursMin' IS NOT NULL AND s.profile ->> 'hoursMax' IS NOT NULL
              AND (jsonb_array_length(s.profile -> 'skills') > 0 OR jsonb_array_length(s.profile -> 'experience') > 0)
        ),
        vacancy AS MATERIALIZED (
            SELECT v.vacancy_id,
                   (v.details ->> 'hoursMin')::int AS hours_min,
                   (v.details ->> 'hoursMax')::int AS hours_max,
                   v.details ->> 'workplaceMode' = 'remote' OR v.details ->> 'latitude' IS NULL OR v.details ->> 'longitude' IS NULL AS remote,
                   (v.details ->> 'longitude')::float8 * 68.1 AS x,
                   (v.details ->> 'latitude')::float8 * 111.2 AS y,
                   (v.details ->> 'validThrough')::date AS valid_through,
                   coalesce(e.rank, 0) AS minimum_education,
                   (v.details ->> 'experienceReplacesEducation')::boolean AS experience_replaces_education,
                   v.details ->> 'occupationUri' AS occupation_uri,
                   o.isco_unit,
                   o.isco_minor,
                   ARRAY(SELECT t FROM jsonb_array_elements_text(v.details -> 'sectorTables') t WHERE t IN (SELECT name FROM bench.sector_tables)) AS sectors
            FROM matching.vacancies v
            LEFT JOIN bench.occupations o ON o.uri = v.details ->> 'occupationUri'
            LEFT JOIN bench.education_levels e ON e.code = v.details ->> 'minimumEducation'
            WHERE (v.details ->> 'validThrough')::date >= @today
        ),
        vacancy_skill AS MATERIALIZED (
            SELECT v.vacancy_id, vs.value ->> 'skillUri' AS uri, CASE WHEN (vs.value ->> 'essential')::boolean THEN 2 ELSE 1 END AS weight,
                   k.broader_uri, coalesce(k.reuse_level, '') <> 'transversal' AS specific, coalesce(k.reuse_level, '') AS reuse_level
            FROM matching.vacancies v
            CROSS JOIN LATERAL jsonb_array_elements(v.details -> 'skills') vs
            LEFT JOIN bench.skills k ON k.uri = vs.value ->> 'skillUri'
        ),
        experience AS MATERIALIZED (
            SELECT j.jobseeker_id, x.value ->> 'occupationUri' AS occupation_uri, (x.value ->> 'years')::int AS years, o.isco_unit, o.isco_minor
            FROM jobseeker j
            CROSS JOIN LATERAL jsonb_array_elements(j.experience) x
            LEFT JOIN bench.occupations o ON o.uri = x.value ->> 'occupationUri'
        ),
        pair AS (
            SELECT j.jobseeker_id, v.vacancy_id, j.education, j.max_km, j.skills AS has, j.skill_broaders AS has_narrower,
                   v.minimum_education, v.experience_replaces_education, v.occupation_uri, v.isco_unit, v.isco_minor,
                   j.wishes && v.sectors AS wished,
                   cardinality(j.home_sectors) > 0
                       AND NOT (j.home_sectors && CASE WHEN cardinality(v.sectors) = 0 THEN ARRAY['(outside every table)'] ELSE v.sectors END) AS intersectoral,
                   CASE WHEN NOT v.remote THEN sqrt((v.x - j.x) * (v.x - j.x) + (v.y - j.y) * (v.y - j.y)) END AS km,
                   least(v.hours_max, j.hours_max) - greatest(v.hours_min, j.hours_min) AS overlap,
                   v.hours_max - v.hours_min AS span
            FROM jobseeker j CROSS JOIN vacancy v
            WHERE v.hours_max >= j.hours_min AND j.hours_max >= v.hours_min
              AND (j.available_from IS NULL OR j.available_from <= v.valid_through)
              AND (v.remote OR (j.placed AND j.max_km > 0 AND (v.x - j.x) * (v.x - j.x) + (v.y - j.y) * (v.y - j.y) <= j.max_km::float8 * j.max_km::float8))
              AND (j.wishes && v.sectors OR j.open_to_other_sectors)
        ),
        relation AS (
            SELECT p.jobseeker_id, p.vacancy_id,
                   max(CASE WHEN e.occupation_uri = p.occupation_uri THEN 3
                            WHEN e.isco_unit = p.isco_unit THEN 2
                            WHEN e.isco_minor = p.isco_minor THEN 1
                            ELSE 0 END) AS relation,
                   bool_or((e.occupation_uri = p.occupation_uri OR e.isco_unit = p.isco_unit) AND e.years >= 3) AS replaces
            FROM pair p JOIN experience e ON e.jobseeker_id = p.jobseeker_id
            GROUP BY p.jobseeker_id, p.vacancy_id
        ),
        fit AS (
            SELECT p.*, coalesce(r.relation, 0) AS relation
            FROM pair p LEFT JOIN relation r ON r.jobseeker_id = p.jobseeker_id AND r.vacancy_id = p.vacancy_id
            WHERE p.education >= p.minimum_education OR (p.experience_replaces_education AND coalesce(r.replaces, false))
        ),
        skill AS (
            SELECT f.jobseeker_id, f.vacancy_id,
                   sum(2 * s.weight) AS possible,
                   sum(CASE WHEN s.uri = ANY(f.has) THEN 2 * s.weight
                            WHEN (s.reuse_level <> 'sector-specific' OR NOT f.intersectoral) AND (s.reuse_level <> 'occupation-specific' OR f.relation > 0)
                             AND (s.uri = ANY(f.has_narrower) OR s.broader_uri = ANY(f.has) OR s.broader_uri = ANY(f.has_narrower)
                                  OR EXISTS (SELECT 1 FROM bench.skill_relations r WHERE r.uri = s.uri AND r.related = ANY(f.has))) THEN s.weight
                            ELSE 0 END) AS earned,
                   bool_or(s.uri = ANY(f.has) AND s.specific) AS specific_skill
            FROM fit f JOIN vacancy_skill s ON s.vacancy_id = f.vacancy_id
            GROUP BY f.jobseeker_id, f.vacancy_id
        ),
        scored AS (
            SELECT f.jobseeker_id, f.vacancy_id, f.relation, coalesce(k.specific_skill, false) AS specific_skill,
                   CASE WHEN coalesce(k.possible, 0) = 0 THEN 0 ELSE 50 * k.earned / k.possible END AS skills_part,
                   CASE f.relation WHEN 3 THEN 20 WHEN 2 THEN 14 WHEN 1 THEN 8 ELSE 0 END AS occupation_part,
                   CASE WHEN f.wished THEN 10 ELSE 5 END AS sector_part,
                   CASE WHEN f.km IS NULL THEN 10 ELSE floor(10 * (f.max_km - f.km) / f.max_km)::int END AS distance_part,
                   10 * (f.overlap + 1) / (f.span + 1) AS hours_part
            FROM fit f LEFT JOIN skill k ON k.jobseeker_id = f.jobseeker_id AND k.vacancy_id = f.vacancy_id
        )
        SELECT jobseeker_id, vacancy_id, score::int, skills_part::int, occupation_part, sector_part, distance_part, hours_part
        FROM (SELECT *, skills_part + occupation_part + sector_part + distance_part + hours_part AS score,
                     row_number() OVER (PARTITION BY jobseeker_id
                                        ORDER BY skills_part + occupation_part + sector_part + distance_part + hours_part DESC, vacancy_id) AS rank
              FROM scored
              WHERE (specific_skill OR relation > 0) AND skills_part + occupation_part + sector_part + distance_part + hours_part >= 35) ranked
        WHERE rank <= 20
        ORDER BY jobseeker_id, rank
        """;


    /// <summary>What the vocabulary and the region know, as the tables the statement joins.</summary>
    public static async Task CreateHelperTablesAsync(
        NpgsqlDataSource dataSource, IVocabulary vocabulary, IReferenceData region, IEnumerable<string> skillUris, IEnumerable<Occupation> occupations)
    {
        Skill[] skills = [.. skillUris.Select(vocabulary.FindSkill).OfType<Skill>().DistinctBy(s => s.Uri)];
        // ESCO's skill–skill relations, both ways round, as the engine counts them (related, half credit).
        (string Uri, string Related)[] relations = [.. skills
            .SelectMany(s => vocabulary.RelatedSkills(s.Uri).SelectMany(r => new[] { (s.Uri, r.SkillUri), (r.SkillUri, s.Uri) }))
            .Where(pair => pair.Item1 != pair.Item2)
            .Distinct()];
        Occupation[] all = [.. occupations];
        await using NpgsqlConnection connection = await dataSource.OpenConnectionAsync();
        await using var command = new NpgsqlCommand(
            """
            CREATE SCHEMA bench;
            CREATE TABLE bench.skills (uri text PRIMARY KEY, broader_uri text, reuse_level text);
            CREATE TABLE bench.skill_relations (uri text NOT NULL, related text NOT NULL, PRIMARY KEY (uri, related));
            CREATE TABLE bench.occupations (
                uri text PRIMARY KEY, isco_code text NOT NULL, sector_tables text[] NOT NULL,
                isco_unit text GENERATED ALWAYS AS (CASE WHEN length(isco_code) >= 4 THEN left(isco_code, 4) END) STORED,
                isco_minor text GENERATED ALWAYS AS (CASE WHEN length(isco_code) >= 3 THEN left(isco_code, 3) END) STORED);
            CREATE TABLE bench.sector_tables (name text PRIMARY KEY);
            CREATE TABLE bench.education_levels (code text PRIMARY KEY, rank int NOT NULL);
            INSERT INTO bench.skills SELECT * FROM unnest(@skill, @broader, @reuse);
            INSERT INTO bench.skill_relations SELECT * FROM unnest(@relationFrom, @relationTo);
            INSERT INTO bench.occupations (uri, isco_code, sector_tables)
                SELECT uri, isco, string_to_array(tables, '|') FROM unnest(@occupation, @isco, @tables) AS o(uri, isco, tables);
            INSERT INTO bench.sector_tables SELECT unnest(@sector);
            INSERT INTO bench.education_levels SELECT * FROM unnest(@education, @rank);
            ANALYZE bench.skills; ANALYZE bench.skill_relations; ANALYZE bench.occupations; ANALYZE bench.sector_tables; ANALYZE bench.education_levels;
            """, connection);
        command.Parameters.Add(new NpgsqlParameter("skill", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = skills.Select(s => s.Uri).ToArray() });
        command.Parameters.Add(new NpgsqlParameter("broader", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = skills.Select(s => s.BroaderUri).ToArray() });
        command.Parameters.Add(new NpgsqlParameter("reuse", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = skills.Select(s => s.ReuseLevel).ToArray() });
        command.Parameters.Add(new NpgsqlParameter("relationFrom", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = relations.Select(r => r.Uri).ToArray() });
        command.Parameters.Add(new NpgsqlParameter("relationTo", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = relations.Select(r => r.Related).ToArray() });
        command.Parameters.Add(new NpgsqlParameter("occupation", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = all.Select(o => o.Uri).ToArray() });
        command.Parameters.Add(new NpgsqlParameter("isco", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = all.Select(o => o.IscoCode).ToArray() });
        command.Parameters.Add(new NpgsqlParameter("tables", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = all.Select(o => string.Join('|', o.SectorTables)).ToArray() });
        command.Parameters.Add(new NpgsqlParameter("sector", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = region.SectorTables.Select(t => t.Name).ToArray() });
        command.Parameters.Add(new NpgsqlParameter("education", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = region.EducationLevels.Select(l => l.Code).ToArray() });
        command.Parameters.Add(new NpgsqlParameter("rank", NpgsqlDbType.Array | NpgsqlDbType.Integer) { Value = region.EducationLevels.Select(l => l.Rank).ToArray() });
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>The top 20 of each of these jobseekers by the one statement, and how long it took.</summary>
    public static async Task<(Dictionary<Guid, List<ListedMatch>> Lists, TimeSpan Elapsed)> RunAsync(NpgsqlDataSource dataSource, Guid[] jobseekers, DateOnly today)
    {
        await using NpgsqlConnection connection = await dataSource.OpenConnectionAsync();
        long start = Stopwatch.GetTimestamp();
        await using var command = new NpgsqlCommand(Sql, connection) { CommandTimeout = 0 };
        command.Parameters.AddWithValue("ids", jobseekers);
        command.Parameters.AddWithValue("today", today);
        Dictionary<Guid, List<ListedMatch>> lists = jobseekers.ToDictionary(id => id, _ => new List<ListedMatch>());
        await using NpgsqlDataReader reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            lists[reader.GetGuid(0)].Add(new ListedMatch(reader.GetGuid(1), reader.GetInt32(2), reader.GetInt32(3), reader.GetInt32(4),
                reader.GetInt32(5), reader.GetInt32(6), reader.GetInt32(7)));
        }

        return (lists, Stopwatch.GetElapsedTime(start));
    }

    /// <summary>What the nightly run stored for these jobseekers, in rank order.</summary>
    public static async Task<Dictionary<Guid, List<ListedMatch>>> StoredAsync(NpgsqlDataSource dataSource, Guid[] jobseekers)
    {
        await using NpgsqlConnection connection = await dataSource.OpenConnectionAsync();
        await using var command = new NpgsqlCommand(
            """
            SELECT jobseeker_id, vacancy_id, score, skills_part, occupation_part, sector_part, distance_part, hours_part
            FROM matching.jobseeker_matches WHERE jobseeker_id = ANY(@ids) ORDER BY jobseeker_id, rank
            """, connection);
        command.Parameters.AddWithValue("ids", jobseekers);
        Dictionary<Guid, List<ListedMatch>> lists = jobseekers.ToDictionary(id => id, _ => new List<ListedMatch>());
        await using NpgsqlDataReader reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            lists[reader.GetGuid(0)].Add(new ListedMatch(reader.GetGuid(1), reader.GetInt16(2), reader.GetInt16(3), reader.GetInt16(4),
                reader.GetInt16(5), reader.GetInt16(6), reader.GetInt16(7)));
        }

        return lists;
    }
}

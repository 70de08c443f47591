using System.Diagnostics;
using Npgsql;

namespace Labor.Bench;

/// <summary>
/// The SQL a strong team would write for the same lists: the read model turned once into integer tables (skills,
/// occupations and sector tables as numbers, a person's related skills worked out ahead), an intarray GIN index so
/// that each jobseeker meets only the vacancies sharing a specific skill or an ISCO minor group (what the evidence
/// rule needs), the same score, and one session per core. It reads the helper tables <see cref="MatchingBaseline"/>
/// creates.
/// </summary>
internal static class MatchingStrongBaseline
{
    /// <remarks>
    /// Sector tables are bits; 1 &lt;&lt; 30 is work outside every table, as in the engine. Reach: 0 transversal, 1 across sectors (and unknown), 2 sector-specific, 3 occupation-specific. A vacancy
    /// skill is related when it is in the person's <c>near</c> (broader concepts of their skills and ESCO's related
    /// skills) or its broader concept is in <c>near_broaders</c> (their skills and those skills' broader concepts):
    /// the same four ways SkillMarks.IsRelated looks.
    /// </remarks>
    private const string Prepare = """
        CREATE EXTENSION IF NOT EXISTS intarray;
        CREATE TABLE bench.skill_int AS
            SELECT row_number() OVER (ORDER BY u.uri)::int AS id, u.uri, NULL::int AS broader,
                   CASE k.reuse_level WHEN 'transversal' THEN 0 WHEN 'sector-specific' THEN 2 WHEN 'occupation-specific' THEN 3 ELSE 1 END AS reach,
                   k.broader_uri
            FROM (SELECT uri FROM bench.skills UNION SELECT broader_uri FROM bench.skills WHERE broader_uri IS NOT NULL
                  UNION SELECT related FROM bench.skill_relations
                  UNION SELECT vs ->> 'skillUri' FROM matching.vacancies, jsonb_array_elements(details -> 'skills') vs
                  UNION SELECT jsonb_array_elements_text(profile -> 'skills') FROM matching.jobseekers) u
            LEFT JOIN bench.skills k ON k.uri = u.uri;
        ALTER TABLE bench.skill_int ADD PRIMARY KEY (id);
        CREATE UNIQUE INDEX ON bench.skill_int (uri);
        UPDATE bench.skill_int s SET broader = b.id FROM bench.skill_int b WHERE b.uri = s.broader_uri;
        CREATE TABLE bench.related_int AS
            SELECT a.id, b.id AS related FROM bench.skill_relations r JOIN bench.skill_int a ON a.uri = r.uri JOIN bench.skill_int b ON b.uri = r.related;
        CREATE INDEX ON bench.related_int (id);
        CREATE TABLE bench.sector_bits AS SELECT name, (1 << (row_number() OVER (ORDER BY name) - 1)::int) AS bit FROM bench.sector_tables;
        CREATE TABLE bench.occupation_int AS
            SELECT row_number() OVER (ORDER BY o.uri)::int AS id, o.uri, o.isco_unit::int AS unit, o.isco_minor::int AS minor,
                   (SELECT coalesce(nullif(bit_or(b.bit), 0), 1 << 30) FROM unnest(o.sector_tables) t JOIN bench.sector_bits b ON b.name = t) AS sectors
            FROM bench.occupations o;
        CREATE UNIQUE INDEX ON bench.occupation_int (uri);
        ANALYZE bench.skill_int; ANALYZE bench.related_int; ANALYZE bench.occupation_int;

        CREATE TABLE bench.sv AS
        SELECT v.vacancy_id,
               (v.details ->> 'hoursMin')::int AS hours_min, (v.details ->> 'hoursMax')::int AS hours_max,
               v.details ->> 'workplaceMode' = 'remote' OR v.details ->> 'latitude' IS NULL OR v.details ->> 'longitude' IS NULL AS remote,
               coalesce((v.details ->> 'longitude')::float8 * 68.1, 0) AS x, coalesce((v.details ->> 'latitude')::float8 * 111.2, 0) AS y,
               (v.details ->> 'validThrough')::date AS valid_through, coalesce(e.rank, 0) AS min_education,
               (v.details ->> 'experienceReplacesEducation')::boolean AS experience_replaces,
               o.id AS occupation, o.unit, o.minor,
               (SELECT coalesce(nullif(bit_or(b.bit), 0), 1 << 30) FROM jsonb_array_elements_text(v.details -> 'sectorTables') t JOIN bench.sector_bits b ON b.name = t) AS sectors,
               k.skills, k.weights, k.broaders, k.reaches, k.specific
        FROM matching.vacancies v
        LEFT JOIN bench.occupation_int o ON o.uri = v.details ->> 'occupationUri'
        LEFT JOIN bench.education_levels e ON e.code = v.details ->> 'minimumEducation'
        CROSS JOIN LATERAL (
            SELECT coalesce(array_agg(s.id ORDER BY a.n), '{}') AS skills,
                   coalesce(array_agg(CASE WHEN (a.value ->> 'essential')::boolean THEN 2 ELSE 1 END ORDER BY a.n), '{}') AS weights,
                   coalesce(array_agg(coalesce(s.broader, 0) ORDER BY a.n), '{}') AS broaders,
                   coalesce(array_agg(s.reach ORDER BY a.n), '{}') AS reaches,
                   coalesce(sort(array_agg(s.id) FILTER (WHERE s.reach <> 0)), '{}') AS specific
            FROM jsonb_array_elements(v.details -> 'skills') WITH ORDINALITY AS a(value, n)
            JOIN bench.skill_int s ON s.uri = a.value ->> 'skillUri') k
        WHERE (v.details ->> 'validThrough')::date >= @today;
        CREATE INDEX ON bench.sv USING gin (specific gin__int_ops);
        CREATE INDEX ON bench.sv (minor);
        ANALYZE bench.sv;

        CREATE TABLE bench.sj AS
        SELECT s.jobseeker_id,
               (s.profile ->> 'hoursMin')::int AS hours_min, (s.profile ->> 'hoursMax')::int AS hours_max,
               coalesce((s.profile ->> 'maxTravelKm')::int, 0) AS max_km,
               s.profile ->> 'latitude' IS NOT NULL AND s.profile ->> 'longitude' IS NOT NULL AS placed,
               coalesce((s.profile ->> 'longitude')::float8 * 68.1, 0) AS x, coalesce((s.profile ->> 'latitude')::float8 * 111.2, 0) AS y,
               (s.profile ->> 'availableFrom')::date AS available_from, coalesce(e.rank, 0) AS education,
               (s.profile ->> 'openToOtherSectors')::boolean AS open_to_other_sectors,
               (SELECT coalesce(bit_or(b.bit), 0) FROM jsonb_array_elements_text(s.profile -> 'sectorTables') t JOIN bench.sector_bits b ON b.name = t) AS wishes,
               k.skills,
               (SELECT coalesce(uniq(sort(array_agg(n))), '{}') FROM (
                    SELECT broader AS n FROM bench.skill_int WHERE id = ANY(k.skills) AND broader IS NOT NULL
                    UNION ALL SELECT related FROM bench.related_int WHERE id = ANY(k.skills)) near) AS near,
               (SELECT coalesce(uniq(sort(array_agg(n))), '{}') FROM (
                    SELECT unnest(k.skills) AS n UNION ALL SELECT broader FROM bench.skill_int WHERE id = ANY(k.skills) AND broader IS NOT NULL) near) AS near_broaders,
               x.occupations, x.units, x.minors, x.years, x.home
        FROM matching.jobseekers s
        LEFT JOIN bench.education_levels e ON e.code = s.profile ->> 'educationLevel'
        CROSS JOIN LATERAL (
            SELECT coalesce(uniq(sort(array_agg(i.id))), '{}') AS skills
            FROM jsonb_array_elements_text(s.profile -> 'skills') u JOIN bench.skill_int i ON i.uri = u) k
        CROSS JOIN LATERAL (
            SELECT array_agg(o.id) AS occupations, array_agg(o.unit) AS units, array_agg(o.minor) AS minors,
                   array_agg((a ->> 'years')::int) AS years, coalesce(bit_or(o.sectors), 0) AS home
            FROM jsonb_array_elements(s.profile -> 'experience') a LEFT JOIN bench.occupation_int o ON o.uri = a ->> 'occupationUri') x
        WHERE s.profile IS NOT NULL AND s.profile ->> 'hoursMin' IS NOT NULL AND s.profile ->> 'hoursMax' IS NOT NULL
          AND (jsonb_array_length(s.profile -> 'skills') > 0 OR jsonb_array_length(s.profile -> 'experience') > 0);
        CREATE UNIQUE INDEX ON bench.sj (jobseeker_id);
        ANALYZE bench.sj;
        """;

    /// <summary>Each jobseeker's top 20: the index finds the candidates, the score is Scorer's, in whole numbers.</summary>
    private const string TopTwenty = """
        SELECT j.jobseeker_id, t.vacancy_id, t.total::int, t.skills_part::int, t.occupation_part, t.sector_part, t.distance_part::int, t.hours_part
        FROM bench.sj j
        CROSS JOIN LATERAL (
            SELECT c.*, c.skills_part + c.occupation_part + c.sector_part + c.distance_part + c.hours_part AS total
            FROM (
                SELECT v.vacancy_id, r.relation, s.exact_specific,
                       CASE WHEN s.possible = 0 THEN 0 ELSE 50 * s.earned / s.possible END AS skills_part,
                       CASE r.relation WHEN 3 THEN 20 WHEN 2 THEN 14 WHEN 1 THEN 8 ELSE 0 END AS occupation_part,
                       CASE WHEN v.sectors & j.wishes <> 0 THEN 10 ELSE 5 END AS sector_part,
                       CASE WHEN v.remote THEN 10 ELSE floor(10 * (j.max_km - sqrt(d.squared)) / j.max_km)::int END AS distance_part,
                       10 * (least(v.hours_max, j.hours_max) - greatest(v.hours_min, j.hours_min) + 1) / (v.hours_max - v.hours_min + 1) AS hours_part
                FROM bench.sv v
                CROSS JOIN LATERAL (SELECT (v.x - j.x) * (v.x - j.x) + (v.y - j.y) * (v.y - j.y) AS squared) d
                CROSS JOIN LATERAL (
                    SELECT CASE WHEN v.occupation = ANY(j.occupations) THEN 3 WHEN v.unit = ANY(j.units) THEN 2
                                WHEN v.minor = ANY(j.minors) THEN 1 ELSE 0 END AS relation,
                           j.home <> 0 AND v.sectors & j.home = 0 AS intersectoral) r
                CROSS JOIN LATERAL (
                    SELECT coalesce(sum(2 * u.weight), 0) AS possible,
                           coalesce(sum(CASE WHEN u.skill = ANY(j.skills) THEN 2 * u.weight
                                             WHEN (u.reach <> 2 OR NOT r.intersectoral) AND (u.reach <> 3 OR r.relation > 0)
                                                  AND (u.skill = ANY(j.near) OR u.broader = ANY(j.near_broaders)) THEN u.weight
                                             ELSE 0 END), 0) AS earned,
                           coalesce(bool_or(u.skill = ANY(j.skills) AND u.reach <> 0), false) AS exact_specific
                    FROM unnest(v.skills, v.weights, v.broaders, v.reaches) AS u(skill, weight, broader, reach)) s
                WHERE (v.specific && j.skills OR v.minor = ANY(j.minors))
                  AND v.hours_max >= j.hours_min AND j.hours_max >= v.hours_min
                  AND (j.available_from IS NULL OR j.available_from <= v.valid_through)
                  AND (v.sectors & j.wishes <> 0 OR j.open_to_other_sectors)
                  AND (v.remote OR (j.placed AND j.max_km > 0 AND d.squared <= j.max_km::float8 * j.max_km))
                  AND (j.education >= v.min_education OR (v.experience_replaces AND EXISTS (
                        SELECT 1 FROM unnest(j.occupations, j.units, j.years) AS e(occupation, unit, years)
                        WHERE (e.occupation = v.occupation OR e.unit = v.unit) AND e.years >= 3)))) c
            WHERE (c.exact_specific OR c.relation > 0)
              AND c.skills_part + c.occupation_part + c.sector_part + c.distance_part + c.hours_part >= 35
            ORDER BY total DESC, c.vacancy_id
            LIMIT 20) t
        WHERE j.jobseeker_id = ANY(@ids)
        ORDER BY j.jobseeker_id, t.total DESC, t.vacancy_id
        """;

    /// <summary>Turns the read model into the integer tables and their indexes; how long that took.</summary>
    public static async Task<TimeSpan> PrepareAsync(NpgsqlDataSource dataSource, DateOnly today)
    {
        await using NpgsqlConnection connection = await dataSource.OpenConnectionAsync();
        long start = Stopwatch.GetTimestamp();
        await using var command = new NpgsqlCommand(Prepare, connection) { CommandTimeout = 0 };
        command.Parameters.AddWithValue("today", today);
        await command.ExecuteNonQueryAsync();
        return Stopwatch.GetElapsedTime(start);
    }

    /// <summary>The top 20 of each of these jobseekers, split over one session per core, and the wall time.</summary>
    public static async Task<(Dictionary<Guid, List<ListedMatch>> Lists, TimeSpan Elapsed)> RunAsync(NpgsqlDataSource dataSource, Guid[] jobseekers, int sessions)
    {
        long start = Stopwatch.GetTimestamp();
        List<(Guid Jobseeker, ListedMatch Match)>[] chunks = await Task.WhenAll(
            jobseekers.Chunk((jobseekers.Length + sessions - 1) / sessions).Select(chunk => TopTwentyAsync(dataSource, chunk)));
        TimeSpan elapsed = Stopwatch.GetElapsedTime(start);
        Dictionary<Guid, List<ListedMatch>> lists = jobseekers.ToDictionary(id => id, _ => new List<ListedMatch>());
        foreach ((Guid jobseeker, ListedMatch match) in chunks.SelectMany(c => c))
        {
            lists[jobseeker].Add(match);
        }

        return (lists, elapsed);
    }

    private static async Task<List<(Guid Jobseeker, ListedMatch Match)>> TopTwentyAsync(NpgsqlDataSource dataSource, Guid[] jobseekers)
    {
        await using NpgsqlConnection connection = await dataSource.OpenConnectionAsync();
        await using var command = new NpgsqlCommand(TopTwenty, connection) { CommandTimeout = 0 };
        command.Parameters.AddWithValue("ids", jobseekers);
        var rows = new List<(Guid, ListedMatch)>();
        await using NpgsqlDataReader reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetGuid(0), new ListedMatch(reader.GetGuid(1), reader.GetInt32(2), reader.GetInt32(3), reader.GetInt32(4),
                reader.GetInt32(5), reader.GetInt32(6), reader.GetInt32(7))));
        }

        return rows;
    }
}

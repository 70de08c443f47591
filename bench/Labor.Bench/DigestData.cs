using System.Diagnostics;
using Labor.BuildingBlocks.Security;
using Labor.Client;
using Labor.Testing;
using Npgsql;

namespace Labor.Bench;

/// <summary>
/// Readers for the digest benchmark: one jobseeker and one vacancy made through the API (so every module holds them
/// as it would), then cloned in SQL to <c>n</c> daily readers with ten unmailed fits each among the vacancies.
/// </summary>
internal static class DigestData
{
    public static async Task<TimeSpan> SeedAsync(LaborHost host, int readers, int vacancies)
    {
        long start = Stopwatch.GetTimestamp();
        TestUser employer = await host.UserAsync(Roles.Employer);
        await employer.Api.SaveOrganisationAsync(new OrganisationProfile(
            "Distributiecentrum IJsseldelta", "12345678", "Havenweg 1", "8011 PK", "Zwolle", "Ans de Vries", "ans@dc.example", null));
        await employer.Api.CreateVacancyAsync(SampleVacancies.Forklift("Orderpicker") with { HoursMin = 24, HoursMax = 32 });
        TestUser template = await host.UserAsync(Roles.Jobseeker, mailDomain: "bench.example");
        Guid templateId = (await template.Api.SaveMyProfileAsync(SampleProfiles.Warehouse("Lezer") with { DigestFrequency = "daily" })).Content!.Id;
        await Eventually.TrueAsync(async () => await host.ScalarAsync<long>(
                "SELECT count(*) FROM matching.jobseekers WHERE jobseeker_id = $1 AND profile IS NOT NULL", templateId) == 1
            && await host.ScalarAsync<long>("SELECT count(*) FROM matching.vacancies") == 1,
            TimeSpan.FromSeconds(30), "the template jobseeker and vacancy in matching's read model");

        // One statement per table, all on one connection (the temporary tables live there), with no time limit.
        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync();
        await using var seed = new NpgsqlCommand($$"""
            INSERT INTO matching.vacancies
            SELECT (jsonb_populate_record(NULL::matching.vacancies, to_jsonb(t) || jsonb_build_object(
                'vacancy_id', g.id, 'title', t.title || ' ' || g.n, 'details', jsonb_set(t.details, '{vacancyId}', to_jsonb(g.id), false)))).*
            FROM matching.vacancies t CROSS JOIN (SELECT n, gen_random_uuid() AS id FROM generate_series(2, {{vacancies}}) n) g;

            CREATE TEMP TABLE bench_vacancies AS SELECT row_number() OVER (ORDER BY vacancy_id) - 1 AS idx, vacancy_id FROM matching.vacancies;
            CREATE TEMP TABLE bench_readers AS SELECT n, gen_random_uuid() AS id FROM generate_series(1, {{readers - 1}}) n;

            INSERT INTO accounts.users
            SELECT (jsonb_populate_record(NULL::accounts.users, to_jsonb(t) || jsonb_build_object(
                'id', r.id, 'email', 'reader' || r.n || '@bench.example', 'normalized_email', 'READER' || r.n || '@BENCH.EXAMPLE',
                'user_name', 'reader' || r.n || '@bench.example', 'normalized_user_name', 'READER' || r.n || '@BENCH.EXAMPLE',
                'language', CASE WHEN r.n % 5 = 0 THEN 'en' ELSE 'nl' END))).*
            FROM accounts.users t CROSS JOIN bench_readers r WHERE t.id = '{{templateId}}';

            INSERT INTO jobseekers.jobseekers
            SELECT (jsonb_populate_record(NULL::jobseekers.jobseekers, to_jsonb(t) || jsonb_build_object('id', r.id))).*
            FROM jobseekers.jobseekers t CROSS JOIN bench_readers r WHERE t.id = '{{templateId}}';

            INSERT INTO matching.jobseekers
            SELECT (jsonb_populate_record(NULL::matching.jobseekers, to_jsonb(t) || jsonb_build_object('jobseeker_id', r.id))).*
            FROM matching.jobseekers t CROSS JOIN bench_readers r WHERE t.jobseeker_id = '{{templateId}}';

            -- Ten different vacancies each; the person knows the 2nd and 3rd skill, so the first (essential) is the gap.
            INSERT INTO matching.jobseeker_matches (jobseeker_id, rank, vacancy_id, score, skills_part, occupation_part, sector_part,
                distance_part, hours_part, distance_km, exact_skills, related_skills, occupation, intersectoral, found_at)
            SELECT r.id, k, v.vacancy_id, 90 - k, 30, 14, 10, 5, 10, 12.5, 6, 0, 2, k % 3 = 0, now()
            FROM bench_readers r CROSS JOIN generate_series(1, 10) k
            JOIN bench_vacancies v ON v.idx = (r.n * 7 + k * 131) % {{vacancies}};

            ANALYZE;
            """, connection) { CommandTimeout = 0 };
        await seed.ExecuteNonQueryAsync();
        return Stopwatch.GetElapsedTime(start);
    }
}

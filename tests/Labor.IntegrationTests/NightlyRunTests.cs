using Labor.BuildingBlocks.Security;
using Labor.Client;
using Labor.Testing;

namespace Labor.IntegrationTests;

/// <summary>
/// The nightly run's chunks are Hangfire jobs; a run stopped midway carries on from where it stopped and ends with the
/// lists an uninterrupted run makes. Chunks of two jobseekers here, so a handful of people make several.
/// </summary>
public sealed class NightlyRunTests(NightlyRunTests.SmallChunks host) : IClassFixture<NightlyRunTests.SmallChunks>
{
    private const string ChunkJob = "Labor.Matching.Runs.NightlyChunk, Labor.Matching";
    private const string NightlyReports = "SELECT count(*) FROM matching.outbox_messages WHERE type LIKE '%MatchesFound%' AND payload->>'trigger' = 'nightly'";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_stopped_run_resumes_and_ends_with_the_same_lists_and_one_report(bool stoppedAfterItsLastChunk)
    {
        await PeopleAndVacanciesAsync();
        long runsBefore = await host.ScalarAsync<long>("SELECT count(*) FROM matching.runs");
        long reportsBefore = await host.ScalarAsync<long>(NightlyReports);
        await host.RunNightlyMatchingAsync();
        string complete = await ListsAsync();
        complete.Split('|').ShouldAllBe(list => list.Length > 0, "both kinds of list have rows");
        Guid finished = await host.ScalarAsync<Guid>("SELECT id FROM matching.runs ORDER BY started_at DESC LIMIT 1");
        long chunks = await host.ScalarAsync<long>("SELECT count(*) FROM matching.run_chunks WHERE run_id = $1", finished);
        chunks.ShouldBeGreaterThan(2, "several chunks");
        (await host.ScalarAsync<long>("SELECT sum(jobseekers) FROM matching.run_chunks WHERE run_id = $1", finished))
            .ShouldBe(await host.ScalarAsync<long>("SELECT count(*) FROM matching.jobseekers WHERE profile IS NOT NULL"), "the chunks' ranges cover every jobseeker once");

        // As a run stopped after its first chunk leaves things (fresh tables holding that chunk's lists and shares, the
        // rest open), or one stopped after its last chunk and before the finish: the finished run's tables, made running again.
        Guid stopped = Guid.NewGuid();
        await host.ScalarAsync<int>("""
            CREATE TABLE matching.jobseeker_matches_next (LIKE matching.jobseeker_matches INCLUDING DEFAULTS);
            CREATE TABLE matching.vacancy_candidates_next (LIKE matching.vacancy_candidates INCLUDING DEFAULTS);
            CREATE TABLE matching.vacancy_candidates_shares (LIKE matching.vacancy_candidates INCLUDING DEFAULTS);
            """);
        await host.ScalarAsync<int>("""
            INSERT INTO matching.runs (id, started_at, status, chunks, jobseekers, vacancies, matches)
            SELECT $1, now(), 'Running', chunks, 0, 0, 0 FROM matching.runs WHERE id = $2
            """, stopped, finished);
        await host.ScalarAsync<int>("""
            INSERT INTO matching.run_chunks (run_id, number, from_jobseeker_id, to_jobseeker_id, done_at, jobseekers, vacancies, matches, sector_counts)
            SELECT $1, number, from_jobseeker_id, to_jobseeker_id, CASE WHEN $3 OR number = 0 THEN now() END, jobseekers, vacancies, matches, sector_counts
            FROM matching.run_chunks WHERE run_id = $2;
            """, stopped, finished, stoppedAfterItsLastChunk);
        await host.ScalarAsync<int>(stoppedAfterItsLastChunk
            ? """
              INSERT INTO matching.jobseeker_matches_next SELECT * FROM matching.jobseeker_matches;
              INSERT INTO matching.vacancy_candidates_shares SELECT * FROM matching.vacancy_candidates;
              """
            : """
              INSERT INTO matching.jobseeker_matches_next SELECT * FROM matching.jobseeker_matches
                  WHERE jobseeker_id IN (SELECT jobseeker_id FROM matching.jobseekers WHERE profile IS NOT NULL ORDER BY jobseeker_id LIMIT 2);
              INSERT INTO matching.vacancy_candidates_shares SELECT * FROM matching.vacancy_candidates
                  WHERE jobseeker_id IN (SELECT jobseeker_id FROM matching.jobseekers WHERE profile IS NOT NULL ORDER BY jobseeker_id LIMIT 2);
              """);

        // Each open chunk is also taken by a second job (as when a host thought dead was not): it must write once.
        foreach (int number in await host.ListAsync<int>("SELECT number FROM matching.run_chunks WHERE run_id = $1 AND done_at IS NULL", stopped))
        {
            host.EnqueueJob(ChunkJob, "MatchAsync", stopped, number, CancellationToken.None);
        }

        await host.RunNightlyMatchingAsync();

        (await host.ScalarAsync<string>("SELECT status FROM matching.runs WHERE id = $1", stopped)).ShouldBe("Finished", "the stopped run was resumed, not abandoned");
        (await host.ScalarAsync<long>("SELECT count(*) FROM matching.runs")).ShouldBe(runsBefore + 2);
        (await ListsAsync()).ShouldBe(complete);
        (await host.ScalarAsync<long>(NightlyReports)).ShouldBe(reportsBefore + 2, "one report per finished run");
        (await host.ScalarAsync<long>("SELECT count(*) FROM pg_tables WHERE schemaname = 'matching' AND (tablename LIKE '%_next' OR tablename LIKE '%_shares')")).ShouldBe(0);
    }

    [Fact]
    public async Task A_run_left_too_long_is_abandoned_for_a_new_one_and_its_chunks_write_nothing()
    {
        await PeopleAndVacanciesAsync();
        await host.RunNightlyMatchingAsync();
        string complete = await ListsAsync();
        Guid finished = await host.ScalarAsync<Guid>("SELECT id FROM matching.runs ORDER BY started_at DESC LIMIT 1");

        // A run of yesterday, its first chunk still open: not resumed but abandoned, and its chunk, taken at last, writes nothing.
        Guid old = Guid.NewGuid();
        await host.ScalarAsync<int>("""
            INSERT INTO matching.runs (id, started_at, status, chunks, jobseekers, vacancies, matches) VALUES ($1, now() - interval '20 hours', 'Running', 1, 0, 0, 0)
            """, old);
        await host.ScalarAsync<int>("""
            INSERT INTO matching.run_chunks (run_id, number, from_jobseeker_id, jobseekers, vacancies, matches) VALUES ($1, 0, '00000000-0000-0000-0000-000000000000', 0, 0, 0);
            """, old);
        await host.RunNightlyMatchingAsync();
        (await host.ScalarAsync<string>("SELECT status FROM matching.runs WHERE id = $1", old)).ShouldBe("Abandoned");
        await host.RunJobAsync(ChunkJob, "MatchAsync", old, 0, CancellationToken.None);
        (await host.ScalarAsync<long>("SELECT count(*) FROM matching.run_chunks WHERE run_id = $1 AND done_at IS NOT NULL", old)).ShouldBe(0);
        (await ListsAsync()).ShouldBe(complete, "the new run's lists, the same people and vacancies");
        (await host.ScalarAsync<Guid>("SELECT id FROM matching.runs WHERE status = 'Finished' ORDER BY started_at DESC LIMIT 1")).ShouldNotBe(finished);
    }

    private async Task PeopleAndVacanciesAsync()
    {
        long vacanciesBefore = await host.ScalarAsync<long>("SELECT count(*) FROM matching.vacancies");
        long jobseekersBefore = await host.ScalarAsync<long>("SELECT count(*) FROM matching.jobseekers WHERE profile IS NOT NULL AND consent_changed_at IS NOT NULL");
        TestUser employer = await host.UserAsync(Roles.Employer);
        for (int i = 0; i < 3; i++)
        {
            await employer.Api.CreateVacancyAsync(SampleVacancies.Forklift($"Orderpicker ploeg {i + 1}") with { HoursMin = 16, HoursMax = 32, ConfirmDuplicate = true });
        }

        for (int i = 0; i < 5; i++)
        {
            TestUser jobseeker = await host.UserAsync(Roles.Jobseeker);
            await jobseeker.Api.SaveMyProfileAsync(SampleProfiles.Warehouse($"Persoon {i + 1}") with { MaxTravelKm = 20 + i });
            await jobseeker.Api.SetMyConsentAsync(new Consent(i % 2 == 0));
        }

        await Eventually.TrueAsync(async () => await host.ScalarAsync<long>("SELECT count(*) FROM matching.vacancies") == vacanciesBefore + 3
                                               && await host.ScalarAsync<long>("SELECT count(*) FROM matching.jobseekers WHERE profile IS NOT NULL AND consent_changed_at IS NOT NULL") == jobseekersBefore + 5,
            TimeSpan.FromSeconds(30), "the read model filled");
    }

    private async Task<string> ListsAsync() => (await host.ScalarAsync<string>("""
        SELECT string_agg(jobseeker_id || ':' || rank || ':' || vacancy_id || ':' || score, ',' ORDER BY jobseeker_id, rank) FROM matching.jobseeker_matches
        """)) + "|" + (await host.ScalarAsync<string>("""
        SELECT string_agg(vacancy_id || ':' || rank || ':' || jobseeker_id || ':' || score, ',' ORDER BY vacancy_id, rank) FROM matching.vacancy_candidates
        """));

    public sealed class SmallChunks : LaborHost
    {
        public SmallChunks() => Settings["Matching:ChunkSize"] = "2";
    }
}

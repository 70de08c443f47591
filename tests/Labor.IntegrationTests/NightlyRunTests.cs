using Labor.BuildingBlocks.Security;
using Labor.Client;
using Labor.Testing;

namespace Labor.IntegrationTests;

/// <summary>
/// The nightly run writes its lists chunk by chunk; a run stopped midway carries on from where it stopped and ends
/// with the lists an uninterrupted run makes. Chunks of two jobseekers here, so a handful of people make several.
/// </summary>
public sealed class NightlyRunTests(NightlyRunTests.SmallChunks host) : IClassFixture<NightlyRunTests.SmallChunks>
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_stopped_run_resumes_and_ends_with_the_same_lists_and_one_report(bool stoppedJustBeforeTheSwap)
    {
        long runsBefore = await host.ScalarAsync<long>("SELECT count(*) FROM matching.runs");
        long vacanciesBefore = await host.ScalarAsync<long>("SELECT count(*) FROM matching.vacancies");
        long jobseekersBefore = await host.ScalarAsync<long>("SELECT count(*) FROM matching.jobseekers");
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
        await host.RunRecurringJobAsync("matching-nightly");
        string complete = await ListsAsync();
        complete.Split('|').ShouldAllBe(list => list.Length > 0, "both kinds of list have rows");

        // As a run stopped after its first chunk leaves things (a running run, fresh tables holding the first two
        // lists), or one stopped just before the swap (every list written, the jobseekers' lists indexed).
        Guid stopped = Guid.NewGuid();
        await host.ScalarAsync<int>("""
            CREATE TABLE matching.jobseeker_matches_next (LIKE matching.jobseeker_matches INCLUDING DEFAULTS);
            CREATE TABLE matching.vacancy_candidates_next (LIKE matching.vacancy_candidates INCLUDING DEFAULTS);
            """);
        await host.ScalarAsync<int>(stoppedJustBeforeTheSwap
            ? """
              INSERT INTO matching.jobseeker_matches_next SELECT * FROM matching.jobseeker_matches;
              INSERT INTO matching.vacancy_candidates_next SELECT * FROM matching.vacancy_candidates;
              ALTER TABLE matching.jobseeker_matches_next ADD CONSTRAINT pk_jobseeker_matches_next PRIMARY KEY (jobseeker_id, rank);
              CREATE INDEX ix_jobseeker_matches_vacancy_id_next ON matching.jobseeker_matches_next (vacancy_id);
              """
            : """
              INSERT INTO matching.jobseeker_matches_next SELECT * FROM matching.jobseeker_matches
                  WHERE jobseeker_id IN (SELECT jobseeker_id FROM matching.jobseekers ORDER BY jobseeker_id LIMIT 2);
              """);
        await host.ScalarAsync<int>("""
            INSERT INTO matching.runs (id, started_at, status, chunk_size, chunks_done, jobseekers, vacancies, matches)
            VALUES ($1, now(), 'Running', 2, CASE WHEN $2 THEN (SELECT (count(*) + 1) / 2 FROM matching.jobseekers WHERE profile IS NOT NULL) ELSE 1 END, 0, 0, 0)
            """, stopped, stoppedJustBeforeTheSwap);

        await host.RunRecurringJobAsync("matching-nightly");

        (await host.ScalarAsync<string>("SELECT status FROM matching.runs WHERE id = $1", stopped)).ShouldBe("Finished", "the stopped run was resumed, not abandoned");
        (await host.ScalarAsync<long>("SELECT count(*) FROM matching.runs")).ShouldBe(runsBefore + 2);
        (await ListsAsync()).ShouldBe(complete);
        (await host.ScalarAsync<long>("SELECT count(*) FROM matching.outbox_messages WHERE type LIKE '%MatchesFound%' AND payload->>'trigger' = 'nightly'")).ShouldBe(runsBefore + 2, "one report per finished run");
        (await host.ScalarAsync<long>("SELECT count(*) FROM pg_tables WHERE schemaname = 'matching' AND tablename LIKE '%_next'")).ShouldBe(0);
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

using System.Text.Json;
using Labor.BuildingBlocks.Messaging;
using Labor.BuildingBlocks.Persistence;
using Labor.Jobseekers.Contracts;
using Labor.Matching.Contracts;
using Labor.Matching.Data;
using Labor.Matching.Engine;
using Labor.Vacancies.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Labor.Matching.Runs;

/// <summary>
/// Matching within seconds of an event: a published or changed vacancy against every jobseeker, a changed profile
/// against every open vacancy. It runs in the consumer's transaction, so the read model's change, the lists and the
/// <see cref="MatchesFound"/> event are stored together or not at all. Lists are merged in SQL against the tables as
/// they are now: a closed vacancy, an erased person or a withdrawn consent never slips in from an older index.
/// </summary>
internal sealed class IncrementalMatching(MatchingDbContext db, MatchLoader loader, LiveIndex live, IOptions<MatchingOptions> options, TimeProvider time)
{
    /// <summary>Any key will do, as long as every incremental run takes the same one.</summary>
    private const long IncrementalLock = 7_100_001;

    /// <summary>
    /// A row written just before an index was built may still have been uncommitted when it was read. Rows this much
    /// older than the index are read again, so no change falls between the index and "newer".
    /// </summary>
    private static readonly TimeSpan Overlap = TimeSpan.FromMinutes(1);

    public Task MatchVacancyAsync(Guid vacancyId, CancellationToken cancellationToken) =>
        InTransactionAsync(() => MatchVacancyNowAsync(vacancyId, cancellationToken), cancellationToken);

    public Task MatchJobseekerAsync(Guid jobseekerId, CancellationToken cancellationToken) =>
        InTransactionAsync(() => MatchJobseekerNowAsync(jobseekerId, cancellationToken), cancellationToken);

    private async Task MatchVacancyNowAsync(Guid vacancyId, CancellationToken cancellationToken)
    {
        await RemoveVacancyAsync(vacancyId, cancellationToken);
        string? details = await db.Vacancies.Where(v => v.VacancyId == vacancyId).Select(v => v.Details).FirstOrDefaultAsync(cancellationToken);
        if (details is null)
        {
            return;
        }

        VacancyDetails subject = JsonSerializer.Deserialize<VacancyDetails>(details, JsonSerializerOptions.Web)!;
        MatchIndex index = await live.GetAsync(loader, cancellationToken);
        List<(Guid Id, JobseekerProfile Profile, bool Consented)> newer = await NewerProfilesAsync(index, cancellationToken);
        if (!index.Concepts.Knows(subject.Skills.Select(s => s.SkillUri).Concat(newer.SelectMany(p => p.Profile.Skills)),
                [subject.OccupationUri, .. newer.SelectMany(p => p.Profile.Experience.Select(e => e.OccupationUri))]))
        {
            index = await live.RebuildAsync(loader, index, cancellationToken);
            newer = await NewerProfilesAsync(index, cancellationToken);
        }

        VacancyEntry vacancy = EntryFactory.Vacancy(subject, index.Concepts);
        List<(Guid Jobseeker, Score Score, JobseekerEntry Entry)> pairs = [];
        MatchIndex.Workspace work = index.RentWorkspace();
        // The newest profiles replace the index's copies; one that now says too little to match on (null) replaces it too.
        Dictionary<Guid, JobseekerEntry?> fresh = newer.ToDictionary(p => p.Id, p => EntryFactory.Jobseeker(p.Id, p.Profile, p.Consented, index.Concepts));
        index.MatchVacancy(vacancy, -1, work, hit =>
        {
            JobseekerEntry j = index.Jobseekers[hit.Jobseeker];
            if (!fresh.ContainsKey(j.Id))
            {
                pairs.Add((j.Id, hit.Score, j));
            }
        });
        foreach (JobseekerEntry j in fresh.Values.OfType<JobseekerEntry>())
        {
            work.Marks.Mark(j, index.Concepts);
            if (Scorer.TryScore(j, work.Marks, vacancy, index.Concepts, out Score score))
            {
                pairs.Add((j.Id, score, j));
            }
        }

        index.Return(work);

        DateTimeOffset now = time.GetUtcNow().ToStoredPrecision();
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await StageAsync(connection, pairs.Select(p => ((short)0, p.Jobseeker, vacancyId, p.Score)), now, cancellationToken);
        await MergeAsync(connection, MatchTables.VacancyCandidates, "vacancy_id", "jobseeker_id", NightlyRun.VacancyListSize, consentingOnly: true, cancellationToken);
        await MergeAsync(connection, MatchTables.JobseekerMatches, "jobseeker_id", "vacancy_id", NightlyRun.JobseekerListSize, consentingOnly: false, cancellationToken);
        Announce("vacancy", [.. pairs.Select(p => (p.Entry, vacancy, p.Score))], index.Concepts, now);
    }

    private async Task MatchJobseekerNowAsync(Guid jobseekerId, CancellationToken cancellationToken)
    {
        await RemoveJobseekerAsync(jobseekerId, cancellationToken);
        var member = await db.Pool.Where(m => m.JobseekerId == jobseekerId).Select(m => new { m.Profile, m.Consented }).FirstOrDefaultAsync(cancellationToken);
        if (member?.Profile is null)
        {
            return;
        }

        JobseekerProfile profile = JsonSerializer.Deserialize<JobseekerProfile>(member.Profile, JsonSerializerOptions.Web)!;
        MatchIndex index = await live.GetAsync(loader, cancellationToken);
        List<VacancyDetails> newer = await NewerVacanciesAsync(index, cancellationToken);
        if (!index.Concepts.Knows(profile.Skills.Concat(newer.SelectMany(v => v.Skills.Select(s => s.SkillUri))),
                [.. profile.Experience.Select(e => e.OccupationUri), .. newer.Select(v => v.OccupationUri)]))
        {
            index = await live.RebuildAsync(loader, index, cancellationToken);
            newer = await NewerVacanciesAsync(index, cancellationToken);
        }

        if (EntryFactory.Jobseeker(jobseekerId, profile, member.Consented, index.Concepts) is not { } jobseeker)
        {
            return; // says too little to match on: no list at all, never a list of guesses
        }

        MatchIndex.Workspace work = index.RentWorkspace();
        work.Marks.Mark(jobseeker, index.Concepts);
        List<(VacancyEntry Vacancy, Score Score)> pairs = [];
        List<VacancyEntry> fresh = [.. newer.Select(v => EntryFactory.Vacancy(v, index.Concepts))];
        HashSet<Guid> replaced = [.. fresh.Select(v => v.Id)];
        foreach (VacancyEntry vacancy in index.Vacancies.Where(v => !replaced.Contains(v.Id)).Concat(fresh))
        {
            if (Scorer.TryScore(jobseeker, work.Marks, vacancy, index.Concepts, out Score score))
            {
                pairs.Add((vacancy, score));
            }
        }

        index.Return(work);

        DateTimeOffset now = time.GetUtcNow().ToStoredPrecision();
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await StageAsync(connection, pairs.Select(p => ((short)0, jobseekerId, p.Vacancy.Id, p.Score)), now, cancellationToken);
        await MergeAsync(connection, MatchTables.JobseekerMatches, "jobseeker_id", "vacancy_id", NightlyRun.JobseekerListSize, consentingOnly: false, cancellationToken);
        await MergeAsync(connection, MatchTables.VacancyCandidates, "vacancy_id", "jobseeker_id", NightlyRun.VacancyListSize, consentingOnly: true, cancellationToken);
        Announce("profile", [.. pairs.Select(p => (jobseeker, p.Vacancy, p.Score))], index.Concepts, now);
    }

    /// <summary>A closed vacancy leaves every list at once.</summary>
    public async Task RemoveVacancyAsync(Guid vacancyId, CancellationToken cancellationToken)
    {
        await db.JobseekerMatches.Where(m => m.VacancyId == vacancyId).ExecuteDeleteAsync(cancellationToken);
        await db.VacancyCandidates.Where(c => c.VacancyId == vacancyId).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>After a nightly run: matches again what changed while it ran (its lists were computed before).</summary>
    public async Task CatchUpAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        live.Invalidate();
        foreach (Guid vacancy in await db.Vacancies.Where(v => v.ReceivedAt >= since).Select(v => v.VacancyId).ToListAsync(cancellationToken))
        {
            await MatchVacancyAsync(vacancy, cancellationToken);
        }

        foreach (Guid jobseeker in await db.Pool.Where(m => m.ReceivedAt >= since).Select(m => m.JobseekerId).ToListAsync(cancellationToken))
        {
            await MatchJobseekerAsync(jobseeker, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Inside the consumer's transaction when there is one (the usual case), otherwise in one of its own.</summary>
    private async Task InTransactionAsync(Func<Task> work, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            await SerialiseAsync(cancellationToken);
            await work();
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await SerialiseAsync(cancellationToken);
        await work();
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// One incremental run at a time, on every host: two events handled at once (a profile and a vacancy that fit
    /// each other) would each miss the other's uncommitted row. Waiting on this lock, the second sees the first's.
    /// </summary>
    private async Task SerialiseAsync(CancellationToken cancellationToken)
    {
        int? commandTimeout = db.Database.GetCommandTimeout();
        db.Database.SetCommandTimeout(options.Value.IncrementalLockWait);
        try
        {
            await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock({0})", [IncrementalLock], cancellationToken);
        }
        finally
        {
            db.Database.SetCommandTimeout(commandTimeout);
        }
    }

    private async Task RemoveJobseekerAsync(Guid jobseekerId, CancellationToken cancellationToken)
    {
        await db.JobseekerMatches.Where(m => m.JobseekerId == jobseekerId).ExecuteDeleteAsync(cancellationToken);
        await db.VacancyCandidates.Where(c => c.JobseekerId == jobseekerId).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>Profiles that changed after the live index was built (the index's copies are older).</summary>
    private async Task<List<(Guid Id, JobseekerProfile Profile, bool Consented)>> NewerProfilesAsync(MatchIndex index, CancellationToken cancellationToken)
    {
        var rows = await db.Pool.Where(m => m.ReceivedAt >= index.BuiltAt - Overlap && m.Profile != null)
            .Select(m => new { m.JobseekerId, m.Profile, m.Consented }).ToListAsync(cancellationToken);
        return [.. rows.Select(r => (r.JobseekerId, JsonSerializer.Deserialize<JobseekerProfile>(r.Profile!, JsonSerializerOptions.Web)!, r.Consented))];
    }

    /// <summary>Vacancies published or changed after the live index was built.</summary>
    private async Task<List<VacancyDetails>> NewerVacanciesAsync(MatchIndex index, CancellationToken cancellationToken)
    {
        List<string> rows = await db.Vacancies.Where(v => v.ReceivedAt >= index.BuiltAt - Overlap).Select(v => v.Details).ToListAsync(cancellationToken);
        return [.. rows.Select(d => JsonSerializer.Deserialize<VacancyDetails>(d, JsonSerializerOptions.Web)!)];
    }

    private static async Task StageAsync(NpgsqlConnection connection, IEnumerable<(short, Guid, Guid, Score)> rows, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using (var create = new NpgsqlCommand($"DROP TABLE IF EXISTS pg_temp.incoming; CREATE TEMP TABLE incoming (LIKE matching.{MatchTables.JobseekerMatches}) ON COMMIT DROP", connection))
        {
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        MatchWriter.Copy(connection, "pg_temp.incoming", rows, now);
    }

    /// <summary>
    /// Merges the staged pairs into one kind of list: the affected lists are ranked again from what they held and
    /// what came in (score, then id), keeping only open vacancies, people not erased and, for candidates, consent.
    /// </summary>
    /// <returns>How many staged pairs made it into a list.</returns>
    private static async Task<int> MergeAsync(
        NpgsqlConnection connection, string table, string owner, string other, int keep, bool consentingOnly, CancellationToken cancellationToken)
    {
        string consent = consentingOnly ? "AND m.jobseeker_id IN (SELECT jobseeker_id FROM matching.jobseekers WHERE consented)" : "";
        string columns = MatchWriter.Columns;
        // Names are this class's constants, never input. Columns are named: the two tables order them differently.
        string sql = $"""
            CREATE TEMP TABLE ranked ON COMMIT DROP AS
            SELECT m.*, row_number() OVER (PARTITION BY m.{owner} ORDER BY m.score DESC, m.{other}) AS new_rank
            FROM (SELECT {columns} FROM matching.{table} WHERE {owner} IN (SELECT {owner} FROM incoming)
                  UNION ALL SELECT {columns} FROM incoming) m
            WHERE m.vacancy_id IN (SELECT vacancy_id FROM matching.vacancies)
              AND m.jobseeker_id NOT IN (SELECT jobseeker_id FROM matching.erased_jobseekers) {consent};
            DELETE FROM matching.{table} WHERE {owner} IN (SELECT {owner} FROM incoming);
            INSERT INTO matching.{table} ({columns}) SELECT {columns.Replace("rank,", "new_rank,", StringComparison.Ordinal)} FROM ranked WHERE new_rank <= {keep};
            """;
        await using (var merge = new NpgsqlCommand(sql, connection))
        {
            await merge.ExecuteNonQueryAsync(cancellationToken);
        }

        // Staged rows carry rank 0; those ranked within the list made it in.
        await using var count = new NpgsqlCommand($"SELECT count(*) FROM ranked WHERE rank = 0 AND new_rank <= {keep}; DROP TABLE ranked", connection);
        return Convert.ToInt32(await count.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Tells the sector tables how many fits this run found, per sector.</summary>
    private void Announce(string trigger, IReadOnlyList<(JobseekerEntry Jobseeker, VacancyEntry Vacancy, Score Score)> pairs, Concepts concepts, DateTimeOffset now)
    {
        if (pairs.Count == 0)
        {
            return;
        }

        var tally = new SectorTally(concepts);
        foreach ((JobseekerEntry jobseeker, VacancyEntry vacancy, Score score) in pairs)
        {
            tally.Add(jobseeker, vacancy, score);
        }

        int jobseekers = pairs.Select(p => p.Jobseeker.Id).Distinct().Count();
        db.AddIntegrationEvent(new MatchesFound(Guid.CreateVersion7(now), trigger, jobseekers, pairs.Select(p => p.Vacancy.Id).Distinct().Count(), tally.Total, tally.Sectors(), now), now);
    }
}

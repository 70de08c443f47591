using Labor.BuildingBlocks.Messaging;
using Labor.Jobseekers.Contracts;
using Labor.Matching.Contracts;
using Labor.Sectortables.Data;
using Labor.Vacancies.Contracts;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Labor.Sectortables.Figures;

/// <summary>
/// Feeds the live figures from other modules' events, each handled once (inbox). The newest change wins whatever
/// order events arrive in: a tracked row is locked while an event about it is handled, so two events handled side
/// by side compare with what the other committed, and digest counts are added in the database, never read and
/// written back.
/// </summary>
internal sealed class FigureConsumers(SectortablesDbContext db, TimeProvider time) :
    IConsumer<VacancyPublished>, IConsumer<VacancyChanged>, IConsumer<VacancyClosed>,
    IConsumer<JobseekerRegistered>, IConsumer<JobseekerProfileChanged>, IConsumer<JobseekerErased>,
    IConsumer<MatchesFound>, IConsumer<DigestSent>
{
    public Task Consume(ConsumeContext<VacancyPublished> context) => OnceAsync(context, async cancellationToken =>
    {
        TrackedVacancy vacancy = await VacancyAsync(context.Message.Vacancy, context.Message.PublishedAt, cancellationToken);
        if (vacancy.ChangedAt <= context.Message.PublishedAt)
        {
            vacancy.ClosedAt = null;
            vacancy.ChangedAt = context.Message.PublishedAt;
        }
    });

    public Task Consume(ConsumeContext<VacancyChanged> context) => OnceAsync(context, async cancellationToken =>
    {
        TrackedVacancy vacancy = await VacancyAsync(context.Message.Vacancy, context.Message.ChangedAt, cancellationToken);
        if (vacancy.ChangedAt <= context.Message.ChangedAt)
        {
            vacancy.SectorTables = [.. context.Message.Vacancy.SectorTables];
            vacancy.Municipality = context.Message.Vacancy.Municipality;
            vacancy.ChangedAt = context.Message.ChangedAt;
        }
    });

    public Task Consume(ConsumeContext<VacancyClosed> context) => OnceAsync(context, async cancellationToken =>
    {
        TrackedVacancy? vacancy = await LockedVacancyAsync(context.Message.VacancyId, cancellationToken);
        if (vacancy is not null && vacancy.ChangedAt <= context.Message.ClosedAt)
        {
            vacancy.ClosedAt = context.Message.ClosedAt;
            vacancy.ChangedAt = context.Message.ClosedAt;
        }
    });

    public Task Consume(ConsumeContext<JobseekerRegistered> context) => OnceAsync(context, async cancellationToken =>
        (await JobseekerAsync(context.Message.JobseekerId, cancellationToken)).RegisteredAt = context.Message.RegisteredAt);

    public Task Consume(ConsumeContext<JobseekerProfileChanged> context) => OnceAsync(context, async cancellationToken =>
    {
        TrackedJobseeker jobseeker = await JobseekerAsync(context.Message.JobseekerId, cancellationToken);
        if (jobseeker.ErasedAt is null && (jobseeker.ProfileChangedAt is null || jobseeker.ProfileChangedAt < context.Message.ChangedAt))
        {
            JobseekerProfile profile = context.Message.Profile;
            jobseeker.SectorTables = [.. profile.SectorTables];
            jobseeker.Municipality = profile.Municipality;
            jobseeker.Situation = profile.Situation;
            jobseeker.ProfileChangedAt = context.Message.ChangedAt;
        }
    });

    public Task Consume(ConsumeContext<JobseekerErased> context) => OnceAsync(context, async cancellationToken =>
    {
        TrackedJobseeker jobseeker = await JobseekerAsync(context.Message.JobseekerId, cancellationToken);
        jobseeker.ErasedAt = context.Message.ErasedAt;
        jobseeker.SectorTables = [];
        jobseeker.Municipality = null;
        jobseeker.Situation = null;
    });

    public Task Consume(ConsumeContext<MatchesFound> context) => OnceAsync(context, async cancellationToken =>
    {
        if (context.Message.Trigger != "nightly")
        {
            return; // incremental runs report only what they changed; the nightly run counts everything
        }

        await db.MatchFigures.ExecuteDeleteAsync(cancellationToken);
        db.MatchFigures.AddRange(context.Message.Sectors.Select(s => new MatchFigure
        {
            SectorTable = s.SectorTable, Matches = s.Matches, IntersectoralInto = s.IntersectoralInto, IntersectoralOutOf = s.IntersectoralOutOf,
            FoundAt = context.Message.FoundAt,
        }));
    });

    public Task Consume(ConsumeContext<DigestSent> context) => OnceAsync(context, async cancellationToken =>
    {
        var month = new DateOnly(context.Message.Day.Year, context.Message.Day.Month, 1);
        foreach (SectorDigests sector in context.Message.Sectors)
        {
            // The daily and the weekly run may finish at the same moment on a Monday: add up in the database.
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO sectortables.digest_figures (sector_table, month, digests, fits) VALUES ({sector.SectorTable}, {month}, {sector.Digests}, {sector.Fits})
                ON CONFLICT (sector_table, month) DO UPDATE SET digests = digest_figures.digests + excluded.digests, fits = digest_figures.fits + excluded.fits
                """, cancellationToken);
        }
    });

    private Task<bool> OnceAsync<T>(ConsumeContext<T> context, Func<CancellationToken, Task> handle)
        where T : class =>
        db.HandleOnceAsync(context, $"{nameof(FigureConsumers)}.{typeof(T).Name}", time.GetUtcNow(), handle);

    private Task<TrackedVacancy?> LockedVacancyAsync(Guid id, CancellationToken cancellationToken) =>
        db.Vacancies.FromSql($"SELECT * FROM sectortables.vacancies WHERE vacancy_id = {id} FOR UPDATE").FirstOrDefaultAsync(cancellationToken);

    /// <summary>Insert or lock, as for a jobseeker below: a publication and a change may be handled at once.</summary>
    private async Task<TrackedVacancy> VacancyAsync(VacancyDetails details, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO sectortables.vacancies (vacancy_id, sector_tables, municipality, published_at, changed_at)
            VALUES ({details.VacancyId}, {details.SectorTables.ToArray()}, {details.Municipality}, {at}, {at})
            ON CONFLICT (vacancy_id) DO NOTHING
            """, cancellationToken);
        return (await LockedVacancyAsync(details.VacancyId, cancellationToken))!;
    }

    /// <summary>
    /// Insert or lock, in that order: a new person's registration and first profile arrive together, and of two
    /// consumers handling them at once one inserts while the other waits on the key and then finds the row.
    /// </summary>
    private async Task<TrackedJobseeker> JobseekerAsync(Guid id, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO sectortables.jobseekers (jobseeker_id, registered_at, sector_tables) VALUES ({id}, {DateTimeOffset.MinValue}, {Array.Empty<string>()})
            ON CONFLICT (jobseeker_id) DO NOTHING
            """, cancellationToken);
        return await db.Jobseekers.FromSql($"SELECT * FROM sectortables.jobseekers WHERE jobseeker_id = {id} FOR UPDATE").SingleAsync(cancellationToken);
    }
}

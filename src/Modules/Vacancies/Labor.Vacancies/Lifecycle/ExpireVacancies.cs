using Labor.BuildingBlocks.Modules;
using Labor.Vacancies.Data;
using Labor.Vacancies.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Labor.Vacancies.Lifecycle;

/// <summary>
/// Closes open vacancies whose valid-through date has passed, as expired. Idempotent and safe to run on several hosts
/// at once: each batch locks its rows (SKIP LOCKED), and closing an already closed vacancy changes nothing.
/// </summary>
internal sealed partial class ExpireVacancies(VacanciesDbContext db, TimeProvider time, ILogger<ExpireVacancies> logger)
{
    public const string JobId = "vacancies-expire";
    public const int BatchSize = 500;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        DateOnly today = DutchTime.Today(time);
        int expired = 0;
        int batch;
        do
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            // Ids first, then the entities: FromSql cannot materialise complex properties under the snake_case column
            // names (EF Core reads "Content_ContractType"), so the locking query returns only the keys it locked.
            List<Guid> ids = await db.Database
                .SqlQuery<Guid>($"SELECT id AS \"Value\" FROM vacancies.vacancies WHERE status = 'Published' AND content_valid_through < {today} ORDER BY id LIMIT {BatchSize} FOR UPDATE SKIP LOCKED")
                .ToListAsync(cancellationToken);
            List<Vacancy> due = ids.Count == 0 ? [] : await db.Vacancies.Where(v => ids.Contains(v.Id)).ToListAsync(cancellationToken);
            foreach (Vacancy vacancy in due.Where(v => v.Close(ClosedReason.Expired, time.GetUtcNow())))
            {
                VacancyOutbox.Closed(db, vacancy);
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            db.ChangeTracker.Clear();
            batch = due.Count;
            expired += batch;
        }
        while (batch == BatchSize);

        if (expired > 0)
        {
            Expired(expired, today);
        }
    }

    [LoggerMessage(LogLevel.Information, "Expired {Count} vacancies whose valid-through date was before {Today}")]
    private partial void Expired(int count, DateOnly today);
}

using System.Security.Claims;
using Labor.BuildingBlocks.Outcomes;
using Labor.BuildingBlocks.Persistence;
using Labor.Sectortables.Data;
using Labor.Sectortables.Domain;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;

namespace Labor.Sectortables.Tables;

/// <summary>Where every change to a table starts: an admin adds one, a lead opens one of theirs to change it.</summary>
internal sealed class TableChanges(SectortablesDbContext db, IAuthorizationService authorization, TimeProvider time, ILogger<TableChanges> logger)
{
    public async Task<Result<Table>> AddAsync(TableRequest request, CancellationToken cancellationToken)
    {
        string name = request.Name!.Trim();
        if (await db.Tables.AnyAsync(t => t.Name == name, cancellationToken))
        {
            return Refusal.Invalid("name", "A sector table with this name exists.");
        }

        var table = new Table { Id = Guid.CreateVersion7(time.GetUtcNow()), Name = name, NameEn = request.NameEn?.Trim(), CreatedAt = time.GetUtcNow().ToStoredPrecision() };
        db.Tables.Add(table);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Sector table {TableId} added", table.Id);
        return table;
    }

    /// <summary>
    /// Opens a change to one table: a transaction, the table's row locked (two leads pressing the same plan step at once:
    /// the second sees the first's step and is refused), the table loaded and the lead's right to change it checked.
    /// Nothing is stored unless the caller commits.
    /// </summary>
    public async Task<TableChange> OpenAsync(Guid id, ClaimsPrincipal lead, CancellationToken cancellationToken)
    {
        IDbContextTransaction transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.LockTableAsync(id, cancellationToken);
        Table? table = await db.Tables.Include(t => t.PlanHistory).Include(t => t.People).FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        Result<Table> opened = table is null ? NoSuchTable
            : await authorization.MayChangeAsync(lead, table) ? table
            : Refusal.Forbidden("You lead another sector table: this one is not yours to change.");
        return new TableChange(db, transaction, opened);
    }

    public static Refusal NoSuchTable => Refusal.NotFound("No sector table or action has this id.");
}

/// <summary>A change to one sector table in progress: its transaction, and the table or why it may not be changed.</summary>
internal sealed class TableChange(SectortablesDbContext db, IDbContextTransaction transaction, Result<Table> table) : IAsyncDisposable
{
    public Result<Table> Table => table;

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Without a commit, rolls back: a refused change stores nothing.</summary>
    public ValueTask DisposeAsync() => transaction.DisposeAsync();
}

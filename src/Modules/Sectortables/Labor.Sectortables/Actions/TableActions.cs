using System.Security.Claims;
using Labor.BuildingBlocks.Outcomes;
using Labor.BuildingBlocks.Persistence;
using Labor.BuildingBlocks.Security;
using Labor.Sectortables.Data;
using Labor.Sectortables.Domain;
using Labor.Sectortables.Figures;
using Labor.Sectortables.Tables;
using Microsoft.EntityFrameworkCore;

namespace Labor.Sectortables.Actions;

/// <summary>A lead adds an action to their table's plan, changes it (every change kept in its history) and records its progress.</summary>
internal sealed class TableActions(SectortablesDbContext db, TableChanges changes, LiveFigures figures, FigureHistory history, TimeProvider time)
{
    public async Task<Result<TableAction>> AddAsync(Guid tableId, ActionRequest request, ClaimsPrincipal lead, CancellationToken cancellationToken)
    {
        await using TableChange change = await changes.OpenAsync(tableId, lead, cancellationToken);
        if (change.Table.Value is not { } table)
        {
            return change.Table.Refusal!;
        }

        TableAction added = TableAction.Create(table.Id, request.ToContent(), lead.UserId()!.Value, time.GetUtcNow().ToStoredPrecision());
        db.Actions.Add(added);
        await change.CommitAsync(cancellationToken);
        return added;
    }

    public async Task<Result<TableAction>> EditAsync(Guid tableId, Guid actionId, ActionRequest request, ClaimsPrincipal lead, CancellationToken cancellationToken)
    {
        await using TableChange change = await changes.OpenAsync(tableId, lead, cancellationToken);
        Result<TableAction> found = await FindAsync(change, actionId, cancellationToken);
        if (found.Value is not { } action)
        {
            return found;
        }

        if (request.Version is { } readAt && readAt != action.Version)
        {
            return Refusal.Conflict("Someone changed this action after you read it; nothing was stored.", "Read the action again and make your change on its current version.");
        }

        action.Edit(request.ToContent(), lead.UserId()!.Value, time.GetUtcNow().ToStoredPrecision());
        await change.CommitAsync(cancellationToken);
        return action;
    }

    /// <remarks>Progress is appended, so it never conflicts with a colleague's.</remarks>
    public async Task<Result<TableAction>> RecordProgressAsync(Guid tableId, Guid actionId, ProgressRequest request, ClaimsPrincipal lead, CancellationToken cancellationToken)
    {
        await using TableChange change = await changes.OpenAsync(tableId, lead, cancellationToken);
        Result<TableAction> found = await FindAsync(change, actionId, cancellationToken);
        if (found.Value is not { } action)
        {
            return found;
        }

        action.Record(request.Date!.Value, request.Value!.Value, request.Note?.Trim(), lead.UserId()!.Value, time.GetUtcNow().ToStoredPrecision());
        await change.CommitAsync(cancellationToken);
        return action;
    }

    /// <summary>One action as the table's page shows it, its live figure (if it follows one) read now.</summary>
    public async Task<ActionView> ViewAsync(TableAction action, CancellationToken cancellationToken)
    {
        if (action.Content.LiveFigure is null)
        {
            return ActionView.Of(action, new Dictionary<string, int>(), []);
        }

        string table = await db.Tables.Where(t => t.Id == action.TableId).Select(t => t.Name).SingleAsync(cancellationToken);
        IReadOnlyDictionary<string, int> live = await figures.ForAsync(table, cancellationToken);
        return ActionView.Of(action, live, await history.MonthsAsync(table, live, cancellationToken));
    }

    /// <summary>The changed table's action, with its progress and history.</summary>
    private async Task<Result<TableAction>> FindAsync(TableChange change, Guid actionId, CancellationToken cancellationToken)
    {
        if (change.Table.Value is not { } table)
        {
            return change.Table.Refusal!;
        }

        TableAction? action = await db.Actions.Include(a => a.Progress).Include(a => a.Changes)
            .FirstOrDefaultAsync(a => a.Id == actionId && a.TableId == table.Id, cancellationToken);
        return action is null ? TableChanges.NoSuchTable : action;
    }
}

using System.Security.Claims;
using Labor.Accounts.Contracts;
using Labor.BuildingBlocks.Outcomes;
using Labor.BuildingBlocks.Persistence;
using Labor.BuildingBlocks.Security;
using Labor.Reference.Contracts;
using Labor.Sectortables.Actions;
using Labor.Sectortables.Data;
using Labor.Sectortables.Domain;
using Labor.Sectortables.Figures;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;

namespace Labor.Sectortables.Plans;

/// <summary>
/// Reading and changing the tables' plans, for the API and the pages alike. Every change is checked against the
/// one rule (a lead changes only their own table) after the table is loaded, and dated and attributed.
/// </summary>
internal sealed class TablePlans(
    SectortablesDbContext db, LiveFigures figures, FigureHistory history, IReferenceData region, IAccountContacts contacts, IAuthorizationService authorization, TimeProvider time, ILogger<TablePlans> logger)
{
    /// <summary>How far back a table's page shows its figures per month.</summary>
    private const int HistoryMonths = 12;

    public async Task<IReadOnlyList<TableSummary>> ListAsync(ClaimsPrincipal reader, CancellationToken cancellationToken)
    {
        List<Table> tables = await db.Tables.AsNoTracking().Include(t => t.People).OrderBy(t => t.Name).ToListAsync(cancellationToken);
        List<TableAction> actions = await db.Actions.AsNoTracking().Include(a => a.Progress).ToListAsync(cancellationToken);
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> figuresByTable = await figures.ForAllAsync([.. tables.Select(t => t.Name)], cancellationToken);
        List<TableSummary> summaries = [];
        foreach (Table t in tables)
        {
            List<ActionView> own = [.. actions.Where(a => a.TableId == t.Id).Select(a => View(a, figuresByTable[t.Name], []))];
            summaries.Add(new TableSummary(t.Id, t.Name, t.NameEn, PlanStatuses.Codes[t.PlanStatus], t.ApprovedAt, own.Count,
                own.Count == 0 ? null : (int)Math.Round(own.Average(a => a.PercentDone)), await MayEditAsync(reader, t),
                t.People.Count(p => p.Function == TableFunction.Kartrekker), t.People.Count(p => p.Function == TableFunction.Projectleider), figuresByTable[t.Name]));
        }

        return summaries;
    }

    public async Task<TableView?> FindAsync(Guid id, ClaimsPrincipal reader, CancellationToken cancellationToken)
    {
        Table? table = await db.Tables.AsNoTracking().Include(t => t.PlanHistory).Include(t => t.People)
            .FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (table is null)
        {
            return null;
        }

        IReadOnlyDictionary<string, int> live = await figures.ForAsync(table.Name, cancellationToken);
        IReadOnlyList<MonthFigures> months = await history.MonthsAsync(table.Name, live, HistoryMonths, cancellationToken);
        List<TableAction> actions = await db.Actions.AsNoTracking().Include(a => a.Progress).Include(a => a.Changes)
            .Where(a => a.TableId == id).OrderBy(a => a.CreatedAt).ToListAsync(cancellationToken);
        Guid[] named = [.. table.People.Select(p => p.AccountId), .. table.PlanHistory.Select(c => c.By),
            .. actions.SelectMany(a => a.Progress.Select(p => p.RecordedBy).Concat(a.Changes.Select(c => c.By)))];
        IReadOnlyDictionary<Guid, AccountContact> accounts = await contacts.FindManyAsync(named.ToHashSet(), cancellationToken);
        return new TableView(
            table.Id, table.Name, table.NameEn, PlanStatuses.Codes[table.PlanStatus], table.ApprovedAt,
            [.. table.People.OrderBy(p => p.Function).ThenBy(p => p.Since).Select(p => new PersonView(p.AccountId, TableFunctions.Codes[p.Function], p.Since))],
            [.. table.PlanHistory.OrderBy(c => c.At).Select(PlanStepView.Of)],
            [.. actions.Select(a => View(a, live, months))],
            live,
            months,
            accounts.ToDictionary(a => a.Key, a => a.Value.Email),
            region.FindSectorTable(table.Name) is not null,
            await MayEditAsync(reader, table));
    }

    public async Task<Result<Table>> AddTableAsync(TableRequest request, CancellationToken cancellationToken)
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

    public async Task<Result<Table>> MovePlanAsync(Guid id, PlanStatusRequest request, ClaimsPrincipal lead, CancellationToken cancellationToken)
    {
        await using TableChange change = await ChangeAsync(id, lead, cancellationToken);
        if (change.Table.Value is not { } table)
        {
            return change.Table;
        }

        if (!PlanStatuses.TryParse(request.Status, out PlanStatus to) || !table.MovePlan(to, lead.UserId()!.Value, request.Note?.Trim(), time.GetUtcNow().ToStoredPrecision()))
        {
            return Refusal.Invalid("status", $"The plan cannot go from {PlanStatuses.Codes[table.PlanStatus]} to {request.Status}.");
        }

        await change.CommitAsync(cancellationToken);
        return table;
    }

    public async Task<Result<TableAction>> AddActionAsync(Guid id, ActionRequest request, ClaimsPrincipal lead, CancellationToken cancellationToken)
    {
        await using TableChange change = await ChangeAsync(id, lead, cancellationToken);
        if (change.Table.Value is not { } table)
        {
            return change.Table.Refusal!;
        }

        TableAction added = TableAction.Create(table.Id, request.ToContent(), lead.UserId()!.Value, time.GetUtcNow().ToStoredPrecision());
        db.Actions.Add(added);
        await change.CommitAsync(cancellationToken);
        return added;
    }

    public async Task<Result<TableAction>> EditActionAsync(Guid id, Guid actionId, ActionRequest request, ClaimsPrincipal lead, CancellationToken cancellationToken)
    {
        await using TableChange change = await ChangeAsync(id, lead, cancellationToken);
        Result<TableAction> found = await ActionAsync(change, actionId, cancellationToken);
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
    public async Task<Result<TableAction>> RecordProgressAsync(Guid id, Guid actionId, ProgressRequest request, ClaimsPrincipal lead, CancellationToken cancellationToken)
    {
        await using TableChange change = await ChangeAsync(id, lead, cancellationToken);
        Result<TableAction> found = await ActionAsync(change, actionId, cancellationToken);
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
            return View(action, new Dictionary<string, int>(), []);
        }

        string table = await db.Tables.Where(t => t.Id == action.TableId).Select(t => t.Name).SingleAsync(cancellationToken);
        IReadOnlyDictionary<string, int> live = await figures.ForAsync(table, cancellationToken);
        return View(action, live, await history.MonthsAsync(table, live, HistoryMonths, cancellationToken));
    }

    /// <param name="months">The table's figures per month, newest first; an action following a figure draws its line from them.</param>
    private static ActionView View(TableAction a, IReadOnlyDictionary<string, int> live, IReadOnlyList<MonthFigures> months)
    {
        decimal current = a.Content.LiveFigure is { } figure && live.TryGetValue(figure, out int value) ? value : a.LatestEntered;
        return new ActionView(a.Id, ActionRequest.From(a), current, a.PercentDone(current),
            [.. a.Progress.OrderBy(p => p.Date).ThenBy(p => p.RecordedAt).Select(p => new ProgressView(p.Id, p.Date, p.Value, p.Note, p.RecordedAt, p.RecordedBy))],
            [.. months.Where(m => a.Content.LiveFigure is { } f && m.AsOf >= a.Content.PeriodStart && m.Figures.ContainsKey(f))
                .OrderBy(m => m.AsOf).Select(m => new TrendPoint(m.AsOf, m.Figures[a.Content.LiveFigure!]))],
            [.. a.Changes.OrderBy(c => c.At).Select(c => new ChangeView(c.At, c.By, c.Summary))]);
    }

    /// <summary>
    /// Opens a change to one table: a transaction, the table's row locked (two leads pressing the same plan step at once:
    /// the second sees the first's step and is refused), the table loaded and the lead's right to change it checked.
    /// Nothing is stored unless the caller commits.
    /// </summary>
    private async Task<TableChange> ChangeAsync(Guid id, ClaimsPrincipal lead, CancellationToken cancellationToken)
    {
        IDbContextTransaction transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.LockTableAsync(id, cancellationToken);
        Table? table = await db.Tables.Include(t => t.PlanHistory).Include(t => t.People).FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        Result<Table> opened = table is null ? NoSuchTable
            : await MayEditAsync(lead, table) ? table
            : Refusal.Forbidden("You lead another sector table: this one is not yours to change.");
        return new TableChange(db, transaction, opened);
    }

    /// <summary>The changed table's action, with its progress and history.</summary>
    private async Task<Result<TableAction>> ActionAsync(TableChange change, Guid actionId, CancellationToken cancellationToken)
    {
        if (change.Table.Value is not { } table)
        {
            return change.Table.Refusal!;
        }

        TableAction? action = await db.Actions.Include(a => a.Progress).Include(a => a.Changes)
            .FirstOrDefaultAsync(a => a.Id == actionId && a.TableId == table.Id, cancellationToken);
        return action is null ? NoSuchTable : action;
    }

    private static Refusal NoSuchTable => Refusal.NotFound("No sector table or action has this id.");

    private async Task<bool> MayEditAsync(ClaimsPrincipal user, Table table) =>
        (await authorization.AuthorizeAsync(user, new SectorTablePeople(table.People.Select(p => p.AccountId).ToHashSet()), Policies.OwnSectorTable)).Succeeded;
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

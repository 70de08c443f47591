using System.Security.Claims;
using Labor.Accounts.Contracts;
using Labor.Reference.Contracts;
using Labor.Sectortables.Actions;
using Labor.Sectortables.Data;
using Labor.Sectortables.Domain;
using Labor.Sectortables.Figures;
using Labor.Sectortables.Plans;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Labor.Sectortables.Tables;

/// <summary>The tables as their readers see them, for the API and the pages alike (ADR 11: every reader reads every table).</summary>
internal sealed class TableReader(
    SectortablesDbContext db, LiveFigures figures, FigureHistory history, IReferenceData region, IAccountContacts contacts, IAuthorizationService authorization)
{
    public async Task<IReadOnlyList<TableSummary>> ListAsync(ClaimsPrincipal reader, CancellationToken cancellationToken)
    {
        List<Table> tables = await db.Tables.AsNoTracking().Include(t => t.People).OrderBy(t => t.Name).ToListAsync(cancellationToken);
        List<TableAction> actions = await db.Actions.AsNoTracking().Include(a => a.Progress).ToListAsync(cancellationToken);
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> figuresByTable = await figures.ForAllAsync([.. tables.Select(t => t.Name)], cancellationToken);
        List<TableSummary> summaries = [];
        foreach (Table t in tables)
        {
            List<ActionView> own = [.. actions.Where(a => a.TableId == t.Id).Select(a => ActionView.Of(a, figuresByTable[t.Name], []))];
            summaries.Add(new TableSummary(t.Id, t.Name, t.NameEn, PlanStatuses.Codes[t.PlanStatus], t.ApprovedAt, own.Count,
                own.Count == 0 ? null : (int)Math.Round(own.Average(a => a.PercentDone)), await authorization.MayChangeAsync(reader, t),
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
        IReadOnlyList<MonthFigures> months = await history.MonthsAsync(table.Name, live, cancellationToken);
        List<TableAction> actions = await db.Actions.AsNoTracking().Include(a => a.Progress).Include(a => a.Changes)
            .Where(a => a.TableId == id).OrderBy(a => a.CreatedAt).ToListAsync(cancellationToken);
        Guid[] named = [.. table.People.Select(p => p.AccountId), .. table.PlanHistory.Select(c => c.By),
            .. actions.SelectMany(a => a.Progress.Select(p => p.RecordedBy).Concat(a.Changes.Select(c => c.By)))];
        IReadOnlyDictionary<Guid, AccountContact> accounts = await contacts.FindManyAsync(named.ToHashSet(), cancellationToken);
        return new TableView(
            table.Id, table.Name, table.NameEn, PlanStatuses.Codes[table.PlanStatus], table.ApprovedAt,
            [.. table.People.OrderBy(p => p.Function).ThenBy(p => p.Since).Select(p => new PersonView(p.AccountId, TableFunctions.Codes[p.Function], p.Since))],
            [.. table.PlanHistory.OrderBy(c => c.At).Select(PlanStepView.Of)],
            [.. actions.Select(a => ActionView.Of(a, live, months))],
            live,
            months,
            accounts.ToDictionary(a => a.Key, a => a.Value.Email),
            region.FindSectorTable(table.Name) is not null,
            await authorization.MayChangeAsync(reader, table));
    }
}

using Labor.Accounts.Contracts;
using Labor.BuildingBlocks.Persistence;
using Labor.Sectortables.Data;
using Labor.Sectortables.Domain;
using Labor.Sectortables.Figures;
using Microsoft.EntityFrameworkCore;

namespace Labor.Sectortables.Demo;

/// <summary>
/// The demo sector lead (sectortafel@labor.example) as a kartrekker of Zorg &amp; Welzijn, with a started plan, an
/// action with a year of progress and one following a live figure, so a fresh demo shows a chart and figures.
/// </summary>
internal static class DemoTable
{
    private const string TableName = "Zorg & Welzijn";
    private const string DemoLead = "sectortafel@labor.example";

    public static async Task SeedAsync(SectortablesDbContext db, ISectorLeadAccounts accounts, TimeProvider time, CancellationToken cancellationToken)
    {
        Table? table = await db.Tables.Include(t => t.People).Include(t => t.PlanHistory).SingleOrDefaultAsync(t => t.Name == TableName, cancellationToken);
        if (table is null || await accounts.FindAsync(DemoLead, cancellationToken) is not Guid lead
            || table.IsPerson(lead) || await db.Actions.AnyAsync(a => a.TableId == table.Id, cancellationToken))
        {
            return;
        }

        DateTimeOffset now = time.GetUtcNow().ToStoredPrecision();
        DateOnly today = DateOnly.FromDateTime(now.UtcDateTime);
        table.Seat(lead, TableFunction.Kartrekker, lead, now.AddDays(-400));
        table.MovePlan(PlanStatus.ForApproval, lead, "Eerste versie, besproken aan tafel", now.AddDays(-380));
        table.MovePlan(PlanStatus.Approved, lead, "Geaccordeerd door de stuurgroep", now.AddDays(-360));
        table.MovePlan(PlanStatus.Started, lead, null, now.AddDays(-350));

        var retraining = TableAction.Create(table.Id, new ActionContent(
            "Zij-instromers opleiden tot helpende zorg en welzijn", "Werkzoekenden en werkenden uit andere sectoren",
            "Gestarte zij-instromers", "personen", Rises: true, Baseline: 40, Target: 120, today.AddDays(-365), today.AddDays(365),
            BudgetEuros: 250_000, ["Deltion College", "Landstede", "Zorggroep De IJssel (demo)"], "lopend", LiveFigure: null),
            lead, now.AddDays(-345));
        foreach ((int daysAgo, decimal value, string note) in new[] { (270, 52m, "Eerste cohort"), (180, 67m, "Tweede cohort"), (90, 81m, "Derde cohort"), (10, 94m, "Vierde cohort") })
        {
            retraining.Record(today.AddDays(-daysAgo), value, note, lead, now.AddDays(-daysAgo + 1));
        }

        var vacancies = TableAction.Create(table.Id, new ActionContent(
            "Zorgwerkgevers plaatsen hun vacatures in Labor", "Werkgevers in zorg en welzijn", "Open vacatures in de sector",
            "vacatures", Rises: true, Baseline: 0, Target: 25, today.AddDays(-200), today.AddDays(165), BudgetEuros: 15_000,
            ["Werkgeversvereniging Zorg (demo)"], "lopend", LiveFigures.OpenVacancies), lead, now.AddDays(-200));
        db.Actions.AddRange(retraining, vacancies);
        await db.SaveChangesAsync(cancellationToken);
    }
}

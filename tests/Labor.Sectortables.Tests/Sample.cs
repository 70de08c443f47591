using Labor.Sectortables.Actions;
using Labor.Sectortables.Domain;

namespace Labor.Sectortables.Tests;

/// <summary>An action to bring more side-entrants into care, as stored and as a lead sends it.</summary>
internal static class Sample
{
    public static readonly Guid Lead = Guid.Parse("00000000-0000-0000-0000-00000000001e");
    public static readonly Guid Colleague = Guid.Parse("00000000-0000-0000-0000-00000000002e");
    public static readonly DateTimeOffset Monday = new(2026, 3, 16, 9, 0, 0, TimeSpan.Zero);

    public static readonly ActionRequest Request = new(
        Title: "Zij-instromers in de zorg",
        TargetGroup: "Werkzoekenden uit de detailhandel",
        Indicator: "Gestarte zij-instromers",
        Unit: "personen",
        Direction: "rise",
        Baseline: 40,
        Target: 120,
        PeriodStart: new DateOnly(2026, 1, 1),
        PeriodEnd: new DateOnly(2026, 12, 31),
        BudgetEuros: 250_000,
        Partners: ["Deltion College", "FNV"],
        Status: "gepland",
        LiveFigure: null);

    public static readonly ActionContent Content = Request.ToContent();

    public static TableAction Action() => TableAction.Create(Guid.NewGuid(), Content, Lead, Monday);
}

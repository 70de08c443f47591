using Labor.BuildingBlocks.Codes;

namespace Labor.Sectortables.Domain;

/// <summary>
/// One of a table's people: its kartrekkers (2–3) and its projectleider (one). Being one is what lets a SectorLead
/// account change the table (ADR 11); the account itself, with its address, lives in Accounts.
/// </summary>
internal sealed class TablePerson
{
    public Guid TableId { get; init; }

    public Guid AccountId { get; init; }

    public TableFunction Function { get; set; }

    public DateTimeOffset Since { get; set; }

    /// <summary>The admin who added them.</summary>
    public Guid AddedBy { get; set; }
}

internal enum TableFunction
{
    Kartrekker,
    Projectleider,
}

internal static class TableFunctions
{
    /// <summary>The codes the API and the pages use.</summary>
    public static readonly CodeList<TableFunction> Codes = new((TableFunction.Kartrekker, "kartrekker"), (TableFunction.Projectleider, "projectleider"));

    /// <summary>How many of each a table has at most, and at least to be complete.</summary>
    public static readonly IReadOnlyDictionary<TableFunction, (int Least, int Most)> Staffing = new Dictionary<TableFunction, (int, int)>
    {
        [TableFunction.Kartrekker] = (2, 3),
        [TableFunction.Projectleider] = (1, 1),
    };
}

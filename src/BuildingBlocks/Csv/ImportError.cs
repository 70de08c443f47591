namespace Labor.BuildingBlocks.Csv;

/// <param name="Row">The record's number counting the header as row 1, as a spreadsheet numbers rows; null for a whole-file problem.</param>
/// <param name="Field">The column, when one column is at fault.</param>
public sealed record ImportError(string File, int? Row, string? Field, string Message)
{
    public override string ToString() =>
        $"{File}{(Row is null ? "" : $" row {Row}")}{(Field is null ? "" : $" field '{Field}'")}: {Message}";
}

/// <summary>Collects every problem of an import so the person fixing the file sees them all, up to a sane limit.</summary>
public sealed class ImportErrors
{
    public const int Limit = 200;

    private readonly List<ImportError> errors = [];

    public IReadOnlyList<ImportError> All => errors;

    public bool Any => errors.Count > 0;

    public bool Full => errors.Count >= Limit;

    public void Add(ImportError error)
    {
        if (!Full)
        {
            errors.Add(error);
        }
    }
}

namespace Labor.BuildingBlocks.Csv;

/// <summary>One record of a <see cref="CsvTable"/>, read by column name.</summary>
public sealed class CsvRow(string file, int row, string[] fields, IReadOnlyDictionary<string, int> columns, ImportErrors errors)
{
    public int Number => row;

    /// <summary>The trimmed value, or null when the column is absent from the file, or empty in this row.</summary>
    public string? Optional(string column) =>
        columns.TryGetValue(column, out int index) && index < fields.Length && fields[index].Trim() is { Length: > 0 } value
            ? value
            : null;

    /// <summary>The value, or null after recording an error that names this row and column.</summary>
    public string? Required(string column)
    {
        string? value = Optional(column);
        if (value is null)
        {
            Fail(column, "a value is required");
        }

        return value;
    }

    /// <summary>
    /// A multi-valued field: the ESCO export puts one value per line inside the quoted field; older exports and the
    /// starter taxonomy separate them with '|'.
    /// </summary>
    public string[] List(string column) =>
        Optional(column)?.Split(['\n', '|'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) ?? [];

    public void Fail(string? column, string message) => errors.Add(new ImportError(file, row, column, message));
}

using CsvHelper;
using Labor.BuildingBlocks.Web;

namespace Labor.BuildingBlocks.Csv;

/// <summary>
/// Reads one CSV file (an ESCO download, an employer's vacancies): RFC 4180 quoting with newlines inside quoted fields, columns found by
/// their header name in any order, extra columns ignored. Rows with broken quoting or a wrong number of fields are
/// reported and left out.
/// </summary>
public static class CsvTable
{
    /// <summary>No label or list in ESCO comes near this; a record this long is a quote left open.</summary>
    private const int MaxRecordBytes = 1024 * 1024;

    /// <summary>
    /// Reads the records of a file that must have the <paramref name="required"/> columns; problems are added to
    /// <paramref name="errors"/> naming the row and field.
    /// </summary>
    /// <param name="trailingColumnsMayBeMissing">The official skillsHierarchy export leaves trailing empty columns out.</param>
    public static IEnumerable<CsvRow> Read(
        Stream content, string file, IReadOnlyCollection<string> required, ImportErrors errors, bool trailingColumnsMayBeMissing = false)
    {
        // Malformed records are recovered rather than skipped so that row numbers keep counting every record; this
        // method leaves them out itself after reporting them.
        var malformed = new HashSet<long>();
        CsvReaderOptions options = CsvReaderOptions.Default with
        {
            Separator = ',',
            TrackLineNumbers = true,
            MaxRecordSize = MaxRecordBytes,
            MalformedData = CsvMalformedDataHandling.Recover,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            OnMalformedRecord = record =>
            {
                malformed.Add(record.RecordNumber);
                errors.Add(new ImportError(file, (int)record.RecordNumber, null, Describe(record)));
            },
        };
        using CsvReader csv = CsvReader.Create(content, options, leaveOpen: true);
        string[] header = ReadHeader(csv, file, errors);
        if (header.Length == 0)
        {
            yield break;
        }

        Dictionary<string, int> columns = IndexColumns(header);
        string[] missing = [.. required.Where(name => !columns.ContainsKey(name))];
        foreach (string name in missing)
        {
            errors.Add(new ImportError(file, 1, name, "this required column is missing from the header"));
        }

        if (missing.Length > 0)
        {
            yield break;
        }

        while (!errors.Full && TryRead(csv, file, errors))
        {
            if (malformed.Contains(Row(csv)))
            {
                continue;
            }

            if (csv.FieldCount > header.Length || (csv.FieldCount < header.Length && !trailingColumnsMayBeMissing))
            {
                errors.Add(new ImportError(file, Row(csv), null, $"the row has {csv.FieldCount} fields but the header has {header.Length}"));
                continue;
            }

            string[] fields = new string[csv.FieldCount];
            for (int index = 0; index < fields.Length; index++)
            {
                fields[index] = csv.GetString(index);
            }

            // Every importer stores cells as text: one that PostgreSQL or a reader's screen cannot take is the file's fault.
            int unreadable = Array.FindIndex(fields, field => !PlainText.IsAcceptable(field));
            if (unreadable >= 0)
            {
                errors.Add(new ImportError(file, Row(csv), header[unreadable].Trim(), PlainText.Rule));
                continue;
            }

            yield return new CsvRow(file, Row(csv), fields, columns, errors);
        }
    }

    /// <summary>Rows as a spreadsheet numbers them: the header is row 1.</summary>
    private static int Row(CsvReader csv) => (int)csv.RowNumber + 1;

    private static string[] ReadHeader(CsvReader csv, string file, ImportErrors errors)
    {
        try
        {
            csv.ReadHeader();
            if (csv.Headers is { Count: > 0 } header && header.Any(name => name.Trim().Length > 0))
            {
                return [.. header];
            }
        }
        catch (CsvFormatException)
        {
        }

        errors.Add(new ImportError(file, 1, null, "the file is empty or unreadable; the first row must name the columns"));
        return [];
    }

    private static bool TryRead(CsvReader csv, string file, ImportErrors errors)
    {
        try
        {
            return csv.Read();
        }
        catch (CsvFormatException exception)
        {
            errors.Add(new ImportError(file, (int)exception.RecordNumber, null, $"the file cannot be read as CSV from here on (line {exception.LineNumber})"));
            return false;
        }
    }

    private static string Describe(CsvMalformedRecord record) => record.Reason switch
    {
        CsvMalformedReason.UnterminatedQuote => $"a quoted field opened on line {record.LineNumber} is never closed",
        _ => $"malformed quoting on line {record.LineNumber} ({record.Reason})",
    };

    private static Dictionary<string, int> IndexColumns(string[] header)
    {
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (int index = 0; index < header.Length; index++)
        {
            columns.TryAdd(header[index].Trim().TrimStart('\uFEFF'), index);
        }

        return columns;
    }
}

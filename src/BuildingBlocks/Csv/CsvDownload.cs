using CsvHelper;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Labor.BuildingBlocks.Csv;

/// <summary>
/// Every CSV the platform hands out, for spreadsheets: RFC 4180 (CRLF, fields quoted where needed), invariant
/// numbers. People type some of the text (a sector table's name), and a spreadsheet runs a cell that starts with
/// =, +, -, @, tab or CR as a formula; so such a text cell gets a leading ' (OWASP, CSV injection), which shows it
/// as text. Numbers are written as numbers, so -5 stays -5.
/// </summary>
public static class CsvDownload
{
    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with { Injection = CsvInjection.Escape };

    /// <summary>The table as a UTF-8 CSV download named <paramref name="fileName"/>.</summary>
    /// <param name="rows">The header row first.</param>
    public static FileContentHttpResult File(string fileName, IEnumerable<IEnumerable<object?>> rows) =>
        TypedResults.File(Of(rows), "text/csv; charset=utf-8", fileName);

    /// <summary>The table as UTF-8 CSV text.</summary>
    public static byte[] Of(IEnumerable<IEnumerable<object?>> rows)
    {
        using var content = new MemoryStream();
        using (CsvWriter csv = CsvWriter.Create(content, Options, leaveOpen: true))
        {
            foreach (IEnumerable<object?> row in rows)
            {
                foreach (object? field in row)
                {
                    csv.WriteField(field);
                }

                csv.EndRecord();
            }
        }

        return content.ToArray();
    }
}

using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Labor.Sectortables;

/// <summary>Tables as CSV for spreadsheets: RFC 4180 (CRLF, fields quoted where needed), invariant numbers and dates.</summary>
internal static class CsvText
{
    /// <summary>The table as a UTF-8 CSV download named <paramref name="fileName"/>.</summary>
    /// <param name="rows">The header row first.</param>
    public static FileContentHttpResult File(string fileName, IEnumerable<IEnumerable<object?>> rows) =>
        TypedResults.File(Encoding.UTF8.GetBytes(Of(rows)), "text/csv; charset=utf-8", fileName);

    private static string Of(IEnumerable<IEnumerable<object?>> rows)
    {
        var csv = new StringBuilder();
        foreach (IEnumerable<object?> row in rows)
        {
            csv.AppendJoin(',', row.Select(f => Quote(Convert.ToString(f, CultureInfo.InvariantCulture) ?? ""))).Append("\r\n");
        }

        return csv.ToString();
    }

    private static string Quote(string field) =>
        field.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : field;
}

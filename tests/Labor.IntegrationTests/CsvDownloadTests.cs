using System.Text;
using Labor.BuildingBlocks.Csv;

namespace Labor.IntegrationTests;

/// <summary>The one writer of every CSV download: a text cell a spreadsheet would run as a formula is shown as text.</summary>
public sealed class CsvDownloadTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\",\"klik\")", "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"klik\"\")\"")]
    [InlineData("+31 6 1234", "\"'+31 6 1234\"")]
    [InlineData("-2+3", "\"'-2+3\"")]
    [InlineData("@SUM(A1:A9)", "\"'@SUM(A1:A9)\"")]
    [InlineData("\tcmd", "\"'\tcmd\"")]
    [InlineData("\rcmd", "\"'\rcmd\"")]
    public void A_text_cell_that_starts_a_formula_gets_a_leading_quote(string cell, string written) =>
        Text([["name", "count"], [cell, 1]]).ShouldBe($"name,count\r\n{written},1\r\n");

    [Fact]
    public void Ordinary_text_and_numbers_are_written_as_they_are_negative_numbers_too() =>
        Text([["sector_table", "change", "empty"], ["Zorg & Welzijn, regio", -5, null], ["Bouw", 2.5, "a-b=c"]])
            .ShouldBe("sector_table,change,empty\r\n\"Zorg & Welzijn, regio\",-5,\r\nBouw,2.5,a-b=c\r\n");

    private static string Text(IEnumerable<IEnumerable<object?>> rows) => Encoding.UTF8.GetString(CsvDownload.Of(rows));
}

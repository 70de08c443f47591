using System.Net;
using Labor.BuildingBlocks.Security;
using Labor.Client;
using Labor.Testing;

namespace Labor.IntegrationTests;

/// <summary>A CSV download as a spreadsheet opens it: text someone typed never runs as a formula.</summary>
public sealed class CsvExportTests(LaborHost host) : IClassFixture<LaborHost>
{
    [Fact]
    public async Task A_sector_table_named_like_a_formula_is_exported_as_text()
    {
        const string formula = "=HYPERLINK(\"http://evil.example\",\"Cijfers\")";
        TestUser admin = await host.UserAsync(Roles.Admin);
        (await admin.Api.AddSectorTableAsync(new NewSectorTable(formula, "@SUM(A1:A9)"))).StatusCode.ShouldBe(HttpStatusCode.Created);

        using HttpResponseMessage response = await admin.Http.GetAsync(new Uri("/api/sectortables/figures.csv", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        string[] lines = (await response.Content.ReadAsStringAsync()).Split("\r\n");
        lines.ShouldContain("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Cijfers\"\")\",0,0,0,0,0,0,0,0,0,0", "quoted, with a leading ' and its figures as numbers");
        lines.ShouldNotContain(line => line.StartsWith('=') || line.StartsWith("\"=", StringComparison.Ordinal));
        lines.ShouldContain(line => line.StartsWith("Bouw,", StringComparison.Ordinal), "ordinary names as they are");
    }
}

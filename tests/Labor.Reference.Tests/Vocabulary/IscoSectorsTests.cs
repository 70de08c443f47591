using System.IO.Compression;
using System.Text;
using Labor.BuildingBlocks.Csv;
using Labor.Reference.Vocabulary;

namespace Labor.Reference.Tests.Vocabulary;

public sealed class IscoSectorsTests
{
    [Theory]
    [InlineData("8344", "Transport & Logistiek")]       // forklift drivers
    [InlineData("3331", "Transport & Logistiek")]       // freight forwarders and import-export specialists
    [InlineData("2221", "Zorg & Welzijn")]              // nurses
    [InlineData("2341", "Onderwijs")]                   // primary school teachers
    [InlineData("2320", "Onderwijs")]                   // vocational teachers, whatever their subject
    [InlineData("7115", "Bouw")]                        // carpenters
    [InlineData("2142", "Bouw")]                        // civil engineers, unlike the other engineers of 214
    [InlineData("2165", "Bouw")]                        // land surveyors
    [InlineData("2144", "Techniek & Energietransitie")]
    [InlineData("3143", "Agri & Food")]                 // forestry technicians, unlike the other technicians of 31
    [InlineData("8341", "Agri & Food")]                 // agricultural machinery operators, unlike the drivers of 83
    [InlineData("2512", "E-commerce & IT")]
    [InlineData("1330", "E-commerce & IT")]             // ICT managers
    [InlineData("2166", "Creatieve industrie")]         // graphic designers
    [InlineData("7321", "Creatieve industrie")]         // prepress: the graphic industry
    [InlineData("5120", "Vrijetijdseconomie")]          // cooks
    [InlineData("5131", "Vrijetijdseconomie")]          // waiters
    [InlineData("9412", "Vrijetijdseconomie")]          // kitchen helpers
    [InlineData("6121", "Agri & Food")]
    public void An_isco_group_gives_the_default_sector_table(string isco, string table) => IscoSectors.For(isco).ShouldContain(table);

    [Theory]
    [InlineData("5311", "Zorg & Welzijn", "Onderwijs")]                      // child care workers
    [InlineData("7411", "Bouw", "Techniek & Energietransitie")]              // building electricians
    [InlineData("7127", "Bouw", "Techniek & Energietransitie")]              // heat pump and refrigeration installers
    [InlineData("7231", "Techniek & Energietransitie", "Transport & Logistiek")] // motor vehicle mechanics
    public void Unit_groups_can_belong_to_two_tables(string isco, string first, string second) => IscoSectors.For(isco).ShouldBe([first, second]);

    [Theory]
    [InlineData("4110")] // office clerks
    [InlineData("5223")] // shop sales assistants: retail
    [InlineData("9334")] // shelf fillers: retail
    [InlineData("2411")] // accountants
    [InlineData("3355")] // police inspectors
    [InlineData("5414")] // security guards
    [InlineData("9112")] // cleaners
    [InlineData("3257")] // health and safety inspectors: regulation, not care
    public void Occupations_outside_every_table_get_none_rather_than_a_guess(string isco) => IscoSectors.For(isco).ShouldBeEmpty();

    [Fact]
    public void A_longer_code_counts_as_its_unit_group() => IscoSectors.For("2654.1").ShouldBe(IscoSectors.For("2654"));

    [Fact]
    public void A_code_shorter_than_a_unit_group_gets_none() => IscoSectors.For("71").ShouldBeEmpty();

    [Fact]
    public void Every_unit_group_an_esco_occupation_uses_is_decided()
    {
        string[] used = [.. EscoRows("occupations_en.csv", "iscoGroup").Distinct()];

        used.Length.ShouldBeGreaterThan(400);
        used.Except(IscoSectors.UnitGroups).ShouldBeEmpty();
    }

    [Fact]
    public void The_file_lists_exactly_the_isco_unit_groups() =>
        IscoSectors.UnitGroups.ShouldBe(EscoRows("ISCOGroups_en.csv", "code").Where(code => code.Length == 4), ignoreOrder: true);

    [Fact]
    public void Only_the_nine_tables_are_named_and_each_claims_groups() =>
        IscoSectors.TableNames.ShouldBe(RegionData.SectorTables.Select(t => t.Name), ignoreOrder: true);

    [Theory]
    [InlineData("2512,E-commerce & IT,Software developers,\n2512,,Software developers,", "listed twice")]
    [InlineData("2512,Webshops,Software developers,", "not one of the sector tables")]
    [InlineData("251,E-commerce & IT,Software developers,", "not an ISCO-08 unit group")]
    public void A_wrong_file_is_refused(string rows, string problem) =>
        Should.Throw<InvalidOperationException>(() => IscoSectors.Read(new MemoryStream(Encoding.UTF8.GetBytes($"isco,tables,label,note\n{rows}\n"))))
            .Message.ShouldContain(problem);

    /// <summary>One column of a file of the official English download that the build copies beside the tests (ADR 12).</summary>
    private static string[] EscoRows(string file, string column)
    {
        string archive = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "esco", "v1.1.1"), "*en - csv.zip").Single();
        using ZipArchive zip = ZipFile.OpenRead(archive);
        using Stream content = zip.GetEntry(file)!.Open();
        var errors = new ImportErrors();
        string[] values = [.. CsvTable.Read(content, file, [column], errors).Select(row => row.Required(column)!)];
        errors.Any.ShouldBeFalse();
        return values;
    }
}

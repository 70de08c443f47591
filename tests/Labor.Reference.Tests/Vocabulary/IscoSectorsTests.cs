using Labor.Reference.Vocabulary;

namespace Labor.Reference.Tests.Vocabulary;

public sealed class IscoSectorsTests
{
    [Theory]
    [InlineData("8344", "Transport & Logistiek")]    // forklift drivers
    [InlineData("2221", "Zorg & Welzijn")]           // nurses
    [InlineData("2341", "Onderwijs")]                // primary school teachers
    [InlineData("7115", "Bouw")]                     // carpenters
    [InlineData("2142", "Bouw")]                     // civil engineers: the unit group beats its minor group 214
    [InlineData("2144", "Techniek & Energietransitie")]
    [InlineData("2512", "E-commerce & IT")]
    [InlineData("2166", "Creatieve industrie")]
    [InlineData("5120", "Vrijetijdseconomie")]
    [InlineData("6121", "Agri & Food")]
    public void An_isco_group_gives_the_default_sector_table(string isco, string table) => IscoSectors.For(isco).ShouldContain(table);

    [Fact]
    public void Unit_groups_can_belong_to_two_tables() => IscoSectors.For("5311").ShouldBe(["Zorg & Welzijn", "Onderwijs"]);

    [Fact]
    public void Occupations_outside_every_table_get_none_rather_than_a_guess() => IscoSectors.For("4110").ShouldBeEmpty();

    [Fact]
    public void Only_the_nine_tables_are_named() =>
        IscoSectors.TableNames.ShouldBe(RegionData.SectorTables.Select(t => t.Name), ignoreOrder: true);
}

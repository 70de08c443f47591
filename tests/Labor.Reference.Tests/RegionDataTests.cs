using Labor.Reference.Contracts;

namespace Labor.Reference.Tests;

public sealed class RegionDataTests
{
    private readonly StaticReferenceData _reference = new();

    [Fact]
    public void The_nine_sector_tables_carry_their_exact_names()
    {
        _reference.SectorTables.Select(t => t.Name).ShouldBe([
            "Agri & Food", "Bouw", "Creatieve industrie", "E-commerce & IT", "Onderwijs",
            "Techniek & Energietransitie", "Transport & Logistiek", "Zorg & Welzijn", "Vrijetijdseconomie"]);
    }

    [Fact]
    public void The_twenty_municipalities_lie_in_the_region()
    {
        _reference.Municipalities.Count.ShouldBe(20);
        _reference.Municipalities.Select(m => m.Name).ShouldBeUnique();
        _reference.Municipalities.Select(m => m.Province).Distinct().ShouldBe(["Overijssel", "Drenthe", "Flevoland", "Gelderland"], ignoreOrder: true);
        GeoPoint zwolle = _reference.FindMunicipality("Zwolle")!.Centre;
        foreach (Municipality municipality in _reference.Municipalities)
        {
            municipality.Centre.DistanceKmTo(zwolle).ShouldBeLessThan(50, municipality.Name);
        }
    }

    [Theory]
    [InlineData("Zwolle", "Kampen", 12, 14)]
    [InlineData("Zwolle", "Hardenberg", 36, 39)]
    [InlineData("Dronten", "Hardenberg", 58, 63)]
    public void Distances_are_kilometres_as_the_crow_flies(string from, string to, double atLeast, double atMost)
    {
        double km = _reference.FindMunicipality(from)!.Centre.DistanceKmTo(_reference.FindMunicipality(to)!.Centre);

        km.ShouldBeInRange(atLeast, atMost);
    }

    [Fact]
    public void A_point_is_zero_km_from_itself_and_distance_is_symmetric()
    {
        GeoPoint a = new(52.5168, 6.0830);
        GeoPoint b = new(52.7870, 6.1200);

        a.DistanceKmTo(a).ShouldBe(0);
        a.DistanceKmTo(b).ShouldBe(b.DistanceKmTo(a), tolerance: 1e-9);
    }

    [Fact]
    public void Education_levels_are_ordered_for_at_least()
    {
        _reference.EducationLevels.Select(l => l.Code).ShouldBe(["none", "mbo1", "mbo2", "mbo3", "mbo4", "ad", "hbo", "wo-bachelor", "wo-master"]);
        _reference.EducationLevels.Select(l => l.Rank).ShouldBeInOrder(SortDirection.Ascending);
        EducationLevel mbo4 = _reference.FindEducationLevel("mbo4")!;
        _reference.FindEducationLevel("hbo")!.IsAtLeast(mbo4).ShouldBeTrue();
        mbo4.IsAtLeast(mbo4).ShouldBeTrue();
        _reference.FindEducationLevel("mbo2")!.IsAtLeast(mbo4).ShouldBeFalse();
    }

    [Theory]
    [InlineData("  zwolle ", "Zwolle")]
    [InlineData("OLST-WIJHE", "Olst-Wijhe")]
    public void Names_are_found_ignoring_case_and_spaces(string given, string canonical) =>
        _reference.FindMunicipality(given)!.Name.ShouldBe(canonical);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Amsterdam")]
    public void Unknown_names_are_not_found(string? given)
    {
        _reference.FindMunicipality(given).ShouldBeNull();
        _reference.FindSectorTable(given).ShouldBeNull();
        _reference.FindEducationLevel(given).ShouldBeNull();
    }
}

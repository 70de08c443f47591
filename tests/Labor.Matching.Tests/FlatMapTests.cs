using Labor.Matching.Engine;
using Labor.Reference.Contracts;

namespace Labor.Matching.Tests;

public sealed class FlatMapTests
{
    public static readonly TheoryData<string, string> Pairs = new()
    {
        { "Zwolle", "Kampen" },
        { "Zwolle", "Hardenberg" },
        { "Kampen", "Hardenberg" },
    };

    /// <summary>The engine measures on a flat map; the travel limit a person gives is meant as the crow flies.</summary>
    [Theory]
    [MemberData(nameof(Pairs))]
    public void Within_the_region_the_flat_map_is_within_one_percent_of_the_great_circle(string from, string to)
    {
        var region = new Region();
        GeoPoint a = region.FindMunicipality(from)!.Centre, b = region.FindMunicipality(to)!.Centre;
        (double ax, double ay) = FlatMap.ToKm(a.Latitude, a.Longitude);
        (double bx, double by) = FlatMap.ToKm(b.Latitude, b.Longitude);

        double flat = Math.Sqrt(((bx - ax) * (bx - ax)) + ((by - ay) * (by - ay)));

        flat.ShouldBe(a.DistanceKmTo(b), tolerance: a.DistanceKmTo(b) / 100);
    }
}

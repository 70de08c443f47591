namespace Labor.Matching.Engine;

/// <summary>
/// Degrees to kilometres on a flat map centred on the Netherlands (equirectangular at 52.2° N). Within the country the
/// error against the great circle is below 1 %, and a distance is two multiplications and a square root, the same
/// in C# and in SQL.
/// </summary>
internal static class FlatMap
{
    public const double KmPerDegreeLatitude = 111.2;
    public const double KmPerDegreeLongitude = 68.1; // 111.32 × cos(52.2°)

    public static (double X, double Y) ToKm(double latitude, double longitude) => (longitude * KmPerDegreeLongitude, latitude * KmPerDegreeLatitude);
}

namespace Labor.Reference.Contracts;

/// <summary>A point in WGS 84 degrees.</summary>
public readonly record struct GeoPoint(double Latitude, double Longitude)
{
    private const double EarthRadiusKm = 6371.0088;

    /// <summary>Great-circle distance (haversine): as the crow flies, which is what a travel limit in km compares with.</summary>
    public double DistanceKmTo(GeoPoint other)
    {
        double dLat = Radians(other.Latitude - Latitude);
        double dLon = Radians(other.Longitude - Longitude);
        double a = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2)) +
                   (Math.Cos(Radians(Latitude)) * Math.Cos(Radians(other.Latitude)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    private static double Radians(double degrees) => degrees * Math.PI / 180;
}

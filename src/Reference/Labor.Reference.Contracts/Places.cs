using System.Text.RegularExpressions;

namespace Labor.Reference.Contracts;

/// <summary>Finds where a Dutch postcode is.</summary>
public interface IPostcodeLocator
{
    /// <param name="postcode">A Dutch postcode ("8011 PK" or "8011pk").</param>
    /// <param name="municipality">The municipality the person gave, used when the geocoder cannot be reached.</param>
    Task<PostcodeLookup> LocateAsync(string postcode, string? municipality, CancellationToken cancellationToken);
}

public enum PostcodeStatus
{
    /// <summary>The geocoder knows the postcode: the point is the postcode's own.</summary>
    Found,

    /// <summary>The geocoder answered that no such postcode exists.</summary>
    Unknown,

    /// <summary>The geocoder could not be reached; the point, if any, is the municipality's centre.</summary>
    Unavailable,
}

/// <param name="Location">Where to measure from, or null when nothing is known.</param>
public sealed record PostcodeLookup(PostcodeStatus Status, PlaceLocation? Location);

/// <param name="Geocoded">True for the postcode's own point, false for a municipality centre used as a fallback.</param>
public sealed record PlaceLocation(string Postcode, string Municipality, GeoPoint Point, bool Geocoded);

public static partial class Postcode
{
    /// <summary>"8011 PK" for any of "8011PK", "8011 pk", " 8011pk "; false when it is not a Dutch postcode.</summary>
    public static bool TryNormalise(string? value, out string postcode)
    {
        Match match = Pattern().Match(value ?? "");
        // SA, SD and SS are never issued.
        bool valid = match.Success && match.Groups[2].Value.ToUpperInvariant() is not ("SA" or "SD" or "SS");
        postcode = valid ? $"{match.Groups[1].Value} {match.Groups[2].Value.ToUpperInvariant()}" : "";
        return valid;
    }

    [GeneratedRegex(@"^\s*([1-9][0-9]{3})\s?([A-Za-z]{2})\s*$")]
    private static partial Regex Pattern();
}

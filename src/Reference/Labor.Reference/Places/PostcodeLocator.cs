using System.Globalization;
using System.Text.RegularExpressions;
using Labor.Reference.Contracts;
using Microsoft.Extensions.Logging;
using Polly.CircuitBreaker;
using Polly.Timeout;
using Refit;

namespace Labor.Reference.Places;

/// <summary>Geocodes postcodes through PDOK, falling back to the municipality's centre when PDOK cannot be reached.</summary>
internal sealed partial class PostcodeLocator(IPdokLocatieserver pdok, IReferenceData reference, ILogger<PostcodeLocator> logger) : IPostcodeLocator
{
    public async Task<PostcodeLookup> LocateAsync(string postcode, string? municipality, CancellationToken cancellationToken)
    {
        if (!Postcode.TryNormalise(postcode, out string normal))
        {
            throw new ArgumentException("Not a Dutch postcode.", nameof(postcode));
        }

        try
        {
            PdokAnswer answer = await pdok.FreeAsync(normal.Replace(" ", "", StringComparison.Ordinal), "type:postcode", 1, cancellationToken);
            PdokDocument? document = answer.Response.Docs.Count > 0 ? answer.Response.Docs[0] : null;
            if (document?.CentroideLl is not { } point || !TryParsePoint(point, out GeoPoint location))
            {
                return new PostcodeLookup(PostcodeStatus.Unknown, null);
            }

            string name = reference.FindMunicipality(document.Gemeentenaam)?.Name ?? document.Gemeentenaam ?? municipality ?? "";
            return new PostcodeLookup(PostcodeStatus.Found, new PlaceLocation(normal, name, location, Geocoded: true));
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested &&
                                   ex is HttpRequestException or ApiException or ApiRequestException or TimeoutRejectedException or BrokenCircuitException or TaskCanceledException)
        {
            // The postcode is not logged: with a house number it would point at a person.
            logger.LogWarning("PDOK Locatieserver unavailable ({Error}); using the municipality centre", ex.GetType().Name);
            Municipality? fallback = reference.FindMunicipality(municipality);
            return new PostcodeLookup(PostcodeStatus.Unavailable, fallback is null ? null : new PlaceLocation(normal, fallback.Name, fallback.Centre, Geocoded: false));
        }
    }

    /// <summary>PDOK writes "POINT(6.09167 52.5127)": longitude first.</summary>
    internal static bool TryParsePoint(string wkt, out GeoPoint point)
    {
        Match match = WktPoint().Match(wkt);
        point = match.Success
            ? new GeoPoint(double.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture), double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture))
            : default;
        return match.Success;
    }

    [GeneratedRegex(@"^POINT\(\s*(-?[0-9.]+)\s+(-?[0-9.]+)\s*\)$")]
    private static partial Regex WktPoint();
}

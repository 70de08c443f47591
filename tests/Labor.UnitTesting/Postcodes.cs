using Labor.Reference.Contracts;

namespace Labor.UnitTesting;

/// <summary>
/// A geocoder that knows the postcodes a test gives it, says <see cref="PostcodeStatus.Unknown"/> to any other, and
/// while <see cref="Unreachable"/> answers as the real one does when PDOK cannot be reached: the municipality's centre.
/// </summary>
public sealed class Postcodes(IReferenceData region) : IPostcodeLocator
{
    private readonly Dictionary<string, PlaceLocation> _known = new(StringComparer.Ordinal);

    public bool Unreachable { get; set; }

    /// <param name="postcode">In normal form, such as "8011 PK".</param>
    public Postcodes Add(string postcode, string municipality, GeoPoint point)
    {
        _known[postcode] = new PlaceLocation(postcode, municipality, point, Geocoded: true);
        return this;
    }

    public Task<PostcodeLookup> LocateAsync(string postcode, string? municipality, CancellationToken cancellationToken)
    {
        if (!Postcode.TryNormalise(postcode, out string normal))
        {
            throw new ArgumentException("Not a Dutch postcode.", nameof(postcode));
        }

        if (Unreachable)
        {
            PlaceLocation? centre = region.FindMunicipality(municipality) is { } place
                ? new PlaceLocation(normal, place.Name, place.Centre, Geocoded: false)
                : null;
            return Task.FromResult(new PostcodeLookup(PostcodeStatus.Unavailable, centre));
        }

        return Task.FromResult(_known.TryGetValue(normal, out PlaceLocation? found)
            ? new PostcodeLookup(PostcodeStatus.Found, found)
            : new PostcodeLookup(PostcodeStatus.Unknown, null));
    }
}

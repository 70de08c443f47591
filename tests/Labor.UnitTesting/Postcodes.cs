using Labor.Reference.Contracts;

namespace Labor.UnitTesting;

/// <summary>
/// A geocoder that knows the postcodes a test gives it, says <see cref="PostcodeStatus.Unknown"/> to any other, and
/// while <see cref="Unreachable"/> answers as the real one does when PDOK cannot be reached: the municipality's centre.
/// </summary>
public sealed class Postcodes(IReferenceData region) : IPostcodeLocator
{
    /// <summary>Where PDOK places 8011 PK, in the centre of Zwolle.</summary>
    public static readonly GeoPoint ZwolleCentre = new(52.5127, 6.09167);

    private readonly Dictionary<string, PlaceLocation> _known = new(StringComparer.Ordinal);

    /// <summary>A geocoder that knows 8011 PK (<see cref="ZwolleCentre"/>) and no other postcode.</summary>
    public static Postcodes Zwolle() => new Postcodes(new Region()).Add("8011 PK", "Zwolle", ZwolleCentre);

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

using Labor.Jobseekers.Domain;
using Labor.Reference.Contracts;

namespace Labor.Jobseekers.Profile;

/// <summary>
/// Turns a checked request into a profile: canonical spellings and codes, the home postcode placed on the map.
/// Placing can still reject the request (a well-formed postcode nobody has), so the result says which.
/// </summary>
internal sealed class ProfileComposer(IReferenceData region, IVocabulary vocabulary, IPostcodeLocator locator)
{
    public async Task<ComposedProfile> ComposeAsync(ProfileRequest request, CancellationToken cancellationToken)
    {
        string? given = string.IsNullOrWhiteSpace(request.Municipality) ? null : region.FindMunicipality(request.Municipality)!.Name;
        PostcodeLookup lookup = await locator.LocateAsync(request.Postcode!, given, cancellationToken);
        if (lookup.Status == PostcodeStatus.Unknown)
        {
            return new ComposedProfile(null, new Dictionary<string, string[]> { ["postcode"] = ["No address has this postcode."] });
        }

        // Unreachable geocoder: the person is not turned away; the municipality's centre stands in, or nothing, until
        // PlacePostcodes places the postcode.
        Postcode.TryNormalise(request.Postcode, out string postcode);
        PlaceLocation? home = lookup.Location;
        var profile = new ProfileContent
        {
            Name = request.Name!.Trim(),
            Postcode = postcode,
            Municipality = home is null ? given : region.FindMunicipality(home.Municipality)?.Name ?? home.Municipality,
            Latitude = home?.Point.Latitude,
            Longitude = home?.Point.Longitude,
            AwaitsGeocoder = lookup.Status == PostcodeStatus.Unavailable,
            MaxTravelKm = request.MaxTravelKm,
            HoursMin = request.HoursMin,
            HoursMax = request.HoursMax,
            AvailableFrom = request.AvailableFrom,
            EducationLevel = request.EducationLevel is null ? null : region.FindEducationLevel(request.EducationLevel)!.Code,
            Diplomas = [.. (request.Diplomas ?? []).Select(d => d.Trim()).Distinct(StringComparer.OrdinalIgnoreCase)],
            Experience = [.. (request.Experience ?? []).Select(e => new Experience(vocabulary.FindOccupation(e.Occupation)!.Uri, e.Years!.Value))],
            // A replaced skill and the skill that replaced it are one skill: stored once.
            Skills = [.. (request.Skills ?? []).Select(uri => vocabulary.FindSkill(uri)!.Uri).Distinct(StringComparer.Ordinal)],
            SectorTables = [.. (request.SectorTables ?? []).Select(name => region.FindSectorTable(name)!.Name).Distinct()],
            OpenToOtherSectors = request.OpenToOtherSectors ?? true,
            Situation = request.Situation,
            DigestFrequency = request.DigestFrequency ?? ProfileCodes.DefaultDigestFrequency,
            AfterNewWork = request.AfterNewWork ?? ProfileCodes.PauseAfterNewWork,
            AgeBand = request.AgeBand,
            Gender = request.Gender,
        };
        return new ComposedProfile(profile, null);
    }
}

/// <summary>Either the profile or the problems, by field.</summary>
internal sealed record ComposedProfile(ProfileContent? Profile, IDictionary<string, string[]>? Errors);

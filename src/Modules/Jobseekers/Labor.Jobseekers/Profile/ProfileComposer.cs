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
        PostcodeLookup lookup = await locator.LocateAsync(request.Postcode!, municipality: null, cancellationToken);
        if (lookup is not { Status: PostcodeStatus.Found, Location: { } home })
        {
            string problem = lookup.Status == PostcodeStatus.Unknown
                ? "No address has this postcode."
                : "This postcode cannot be placed right now; try again later.";
            return new ComposedProfile(null, new Dictionary<string, string[]> { ["postcode"] = [problem] });
        }

        var profile = new ProfileContent
        {
            Name = request.Name!.Trim(),
            Postcode = home.Postcode,
            Municipality = region.FindMunicipality(home.Municipality)?.Name ?? home.Municipality,
            Latitude = home.Point.Latitude,
            Longitude = home.Point.Longitude,
            MaxTravelKm = request.MaxTravelKm,
            HoursMin = request.HoursMin,
            HoursMax = request.HoursMax,
            AvailableFrom = request.AvailableFrom,
            EducationLevel = request.EducationLevel is null ? null : region.FindEducationLevel(request.EducationLevel)!.Code,
            Diplomas = [.. (request.Diplomas ?? []).Select(d => d.Trim()).Distinct(StringComparer.OrdinalIgnoreCase)],
            Experience = [.. (request.Experience ?? []).Select(e => new Experience(vocabulary.FindOccupation(e.Occupation)!.Uri, e.Years!.Value))],
            Skills = [.. (request.Skills ?? []).Select(uri => vocabulary.FindSkill(uri)!.Uri)],
            SectorTables = [.. (request.SectorTables ?? []).Select(name => region.FindSectorTable(name)!.Name).Distinct()],
            OpenToOtherSectors = request.OpenToOtherSectors ?? true,
            Situation = request.Situation,
            DigestFrequency = request.DigestFrequency ?? ProfileCodes.DefaultDigestFrequency,
            AgeBand = request.AgeBand,
            Gender = request.Gender,
        };
        return new ComposedProfile(profile, null);
    }
}

/// <summary>Either the profile or the problems, by field.</summary>
internal sealed record ComposedProfile(ProfileContent? Profile, IDictionary<string, string[]>? Errors);

using Labor.Jobseekers.Contracts;
using Labor.Jobseekers.Domain;

namespace Labor.Jobseekers.Profile;

internal static class SharedProfile
{
    /// <summary>The profile as other modules may know it: no name, no postcode, no diplomas (ADR 8).</summary>
    public static JobseekerProfile Of(ProfileContent profile) => new(
        profile.Municipality,
        profile.Latitude,
        profile.Longitude,
        profile.MaxTravelKm,
        profile.HoursMin,
        profile.HoursMax,
        profile.AvailableFrom,
        profile.EducationLevel,
        [.. profile.Experience.Select(e => new WorkExperience(e.OccupationUri, e.Years))],
        profile.Skills,
        profile.SectorTables,
        profile.OpenToOtherSectors,
        profile.Situation,
        profile.DigestFrequency,
        new FairnessTraits(profile.AgeBand, profile.Gender));
}

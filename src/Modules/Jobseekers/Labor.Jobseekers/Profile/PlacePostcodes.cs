using Labor.BuildingBlocks.Messaging;
using Labor.BuildingBlocks.Persistence;
using Labor.Jobseekers.Contracts;
using Labor.Jobseekers.Data;
using Labor.Jobseekers.Domain;
using Labor.Reference.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Labor.Jobseekers.Profile;

/// <summary>
/// The hourly job "jobseekers-place-postcodes": profiles saved while the geocoder could not be reached get their
/// postcode's own point once it answers again, and matching hears of it. Idempotent; stops at the first outage.
/// </summary>
internal sealed class PlacePostcodes(
    JobseekersDbContext db, IPostcodeLocator locator, IReferenceData region, TimeProvider time, ILogger<PlacePostcodes> logger)
{
    public const string JobId = "jobseekers-place-postcodes";
    private const int BatchSize = 200;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        List<Jobseeker> unplaced = await db.Jobseekers.Where(j => j.Profile.AwaitsGeocoder)
            .OrderBy(j => j.Id).Take(BatchSize).ToListAsync(cancellationToken);
        int placed = 0;
        foreach (Jobseeker jobseeker in unplaced)
        {
            ProfileContent profile = jobseeker.Profile;
            PostcodeLookup lookup = await locator.LocateAsync(profile.Postcode!, profile.Municipality, cancellationToken);
            if (lookup.Status == PostcodeStatus.Unavailable)
            {
                break; // still unreachable: the next run tries again
            }

            DateTimeOffset now = time.GetUtcNow().ToStoredPrecision();
            // A postcode nobody has loses its stand-in point: no distance is better than a wrong one.
            jobseeker.Amend(lookup.Location is { Geocoded: true } home
                ? profile with
                {
                    Municipality = region.FindMunicipality(home.Municipality)?.Name ?? home.Municipality,
                    Latitude = home.Point.Latitude,
                    Longitude = home.Point.Longitude,
                    AwaitsGeocoder = false,
                }
                : profile with { Latitude = null, Longitude = null, AwaitsGeocoder = false });
            db.AddIntegrationEvent(new JobseekerProfileChanged(jobseeker.Id, SharedProfile.Of(jobseeker.Profile), now), now);
            await db.SaveChangesAsync(cancellationToken);
            placed++;
        }

        logger.LogInformation("Placed {Placed} of {Unplaced} postcodes saved during a geocoder outage", placed, unplaced.Count);
    }
}

using Labor.BuildingBlocks.Messaging;
using Labor.BuildingBlocks.Modules;
using Labor.BuildingBlocks.Persistence;
using Labor.Jobseekers.Contracts;
using Labor.Jobseekers.Data;
using Labor.Jobseekers.Domain;
using Labor.Jobseekers.Profile;
using Labor.Reference.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Labor.Jobseekers.Demo;

/// <summary>
/// The demo jobseeker's profile (a graphic designer in Zwolle who consents to being shown), so a fresh demo shows
/// matches to the jobseeker and a candidate to the employer. Published the normal way, events included.
/// </summary>
internal static class DemoProfile
{
    private const string GraphicDesigner = "http://data.europa.eu/esco/occupation/69bcbb0a-8d80-4ecd-b0a4-9adea2a40de2";

    public static async Task SeedAsync(JobseekersDbContext db, IReferenceData region, IVocabulary vocabulary, TimeProvider time, CancellationToken cancellationToken)
    {
        Guid id = DemoIds.Jobseeker;
        if (await db.Jobseekers.AnyAsync(j => j.Id == id, cancellationToken) || await db.Erasures.AnyAsync(e => e.JobseekerId == id, cancellationToken)
            || vocabulary.FindOccupation(GraphicDesigner) is not { } occupation)
        {
            return;
        }

        // The municipality's centre: the demo must not depend on reaching PDOK.
        Municipality zwolle = region.FindMunicipality("Zwolle")!;
        DateTimeOffset now = time.GetUtcNow().ToStoredPrecision();
        var jobseeker = Jobseeker.Register(id, now);
        jobseeker.Edit(new ProfileContent
        {
            Name = "Sanne de Vries (demo)",
            Postcode = "8011 PK",
            Municipality = zwolle.Name,
            Latitude = zwolle.Centre.Latitude,
            Longitude = zwolle.Centre.Longitude,
            MaxTravelKm = 40,
            HoursMin = 24,
            HoursMax = 36,
            EducationLevel = "mbo4",
            Diplomas = ["Mediavormgever (mbo 4)"],
            Experience = [new Experience(occupation.Uri, 7)],
            Skills = [.. occupation.Skills.Take(8).Select(s => s.SkillUri)],
            SectorTables = ["Creatieve industrie"],
            OpenToOtherSectors = true,
            Situation = "employed",
            DigestFrequency = "weekly",
        }, now);
        jobseeker.SetConsent(true, now);
        db.Jobseekers.Add(jobseeker);
        db.AddIntegrationEvent(new JobseekerRegistered(id, now), now);
        db.AddIntegrationEvent(new JobseekerProfileChanged(id, SharedProfile.Of(jobseeker.Profile), now), now);
        db.AddIntegrationEvent(new JobseekerConsentChanged(id, true, now), now);
        await db.SaveChangesAsync(cancellationToken);
    }
}

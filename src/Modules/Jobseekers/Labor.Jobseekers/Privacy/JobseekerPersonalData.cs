using Labor.BuildingBlocks.Privacy;
using Labor.Jobseekers.Data;
using Labor.Reference.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Labor.Jobseekers.Privacy;

/// <summary>The jobseekers module's part of "download my data": the profile, consent history and activity dates.</summary>
internal sealed class JobseekerPersonalData(JobseekersDbContext db, IVocabulary vocabulary) : IPersonalDataSource
{
    public string ModuleName => JobseekersDbContext.Schema;

    public async Task<object?> ExportAsync(Guid personId, CancellationToken cancellationToken)
    {
        var jobseeker = await db.Jobseekers.AsNoTracking().Include(j => j.ConsentChanges)
            .FirstOrDefaultAsync(j => j.Id == personId, cancellationToken);
        if (jobseeker is null)
        {
            return null;
        }

        return new
        {
            jobseeker.Profile.Name,
            jobseeker.Profile.Postcode,
            jobseeker.Profile.Municipality,
            HomeLocation = jobseeker.Profile.Latitude is null ? null : new { jobseeker.Profile.Latitude, jobseeker.Profile.Longitude },
            jobseeker.Profile.MaxTravelKm,
            jobseeker.Profile.HoursMin,
            jobseeker.Profile.HoursMax,
            jobseeker.Profile.AvailableFrom,
            jobseeker.Profile.EducationLevel,
            jobseeker.Profile.Diplomas,
            Experience = jobseeker.Profile.Experience.Select(e => new { e.OccupationUri, Occupation = vocabulary.FindOccupation(e.OccupationUri)?.Label.Nl, e.Years }),
            Skills = jobseeker.Profile.Skills.Select(uri => new { Uri = uri, Skill = vocabulary.FindSkill(uri)?.Label.Nl }),
            jobseeker.Profile.SectorTables,
            jobseeker.Profile.OpenToOtherSectors,
            jobseeker.Profile.Situation,
            jobseeker.Profile.DigestFrequency,
            jobseeker.Profile.AgeBand,
            jobseeker.Profile.Gender,
            jobseeker.Consented,
            ConsentHistory = jobseeker.ConsentChanges.OrderBy(c => c.At).Select(c => new { c.Consented, c.At }),
            jobseeker.RegisteredAt,
            jobseeker.ProfileChangedAt,
            jobseeker.LastActiveAt,
            jobseeker.InactivityWarnedAt,
        };
    }
}

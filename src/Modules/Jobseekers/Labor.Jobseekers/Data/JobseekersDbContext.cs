using System.Text.Json;
using Labor.BuildingBlocks.Messaging;
using Labor.Jobseekers.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Labor.Jobseekers.Data;

internal sealed class JobseekersDbContext(DbContextOptions<JobseekersDbContext> options) : DbContext(options)
{
    public const string Schema = "jobseekers";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public DbSet<Jobseeker> Jobseekers => Set<Jobseeker>();

    public DbSet<ConsentChange> ConsentChanges => Set<ConsentChange>();

    public DbSet<Erasure> Erasures => Set<Erasure>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.Entity<Jobseeker>(jobseeker =>
        {
            jobseeker.HasKey(j => j.Id);
            jobseeker.Property(j => j.Id).ValueGeneratedNever();
            jobseeker.ComplexProperty(j => j.Profile, profile =>
            {
                profile.Property(p => p.Name).HasMaxLength(200);
                profile.Property(p => p.Postcode).HasMaxLength(7);
                profile.Property(p => p.Municipality).HasMaxLength(100);
                profile.Property(p => p.EducationLevel).HasMaxLength(20);
                profile.Property(p => p.Situation).HasMaxLength(20);
                profile.Property(p => p.DigestFrequency).HasMaxLength(10);
                profile.Property(p => p.AfterNewWork).HasMaxLength(20).HasDefaultValue(ProfileCodes.PauseAfterNewWork);
                profile.Property(p => p.AgeBand).HasMaxLength(10);
                profile.Property(p => p.Gender).HasMaxLength(10);
                profile.Property(p => p.Experience).HasColumnType("jsonb").HasConversion(
                    experience => JsonSerializer.Serialize(experience, Json),
                    json => JsonSerializer.Deserialize<List<Experience>>(json, Json) ?? new List<Experience>(),
                    new ValueComparer<List<Experience>>((a, b) => a!.SequenceEqual(b!), list => list.Aggregate(0, (hash, e) => HashCode.Combine(hash, e)), list => list.ToList()));
            });
            jobseeker.HasMany(j => j.ConsentChanges).WithOne().HasForeignKey(c => c.JobseekerId).OnDelete(DeleteBehavior.Cascade);
            jobseeker.HasIndex(j => j.LastActiveAt);
        });
        modelBuilder.Entity<ConsentChange>().HasKey(c => c.Id);
        modelBuilder.Entity<Erasure>(erasure =>
        {
            erasure.HasKey(e => e.JobseekerId);
            erasure.Property(e => e.Reason).HasMaxLength(20);
        });
    }
}

using Labor.BuildingBlocks.Messaging;
using Labor.Outcomes.Domain;
using Labor.Outcomes.ReadModel;
using Microsoft.EntityFrameworkCore;

namespace Labor.Outcomes.Data;

internal sealed class OutcomesDbContext(DbContextOptions<OutcomesDbContext> options) : DbContext(options)
{
    public const string Schema = "outcomes";

    public DbSet<Placement> Placements => Set<Placement>();

    public DbSet<KnownVacancy> Vacancies => Set<KnownVacancy>();

    public DbSet<KnownPerson> People => Set<KnownPerson>();

    /// <summary>
    /// The person's row, added if new and locked until the transaction ends: everything recorded about one person
    /// (two reports of one hire sent at once, a profile change, an erasure) happens one after another.
    /// </summary>
    public async Task<KnownPerson> LockPersonAsync(Guid jobseekerId, CancellationToken cancellationToken)
    {
        await Database.ExecuteSqlAsync($"INSERT INTO outcomes.people (jobseeker_id, sector_tables) VALUES ({jobseekerId}, '{{}}') ON CONFLICT (jobseeker_id) DO NOTHING", cancellationToken);
        return await People.FromSql($"SELECT * FROM outcomes.people WHERE jobseeker_id = {jobseekerId} FOR UPDATE").SingleAsync(cancellationToken);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.Entity<Placement>(placement =>
        {
            placement.ToTable("placements");
            placement.HasKey(p => p.Id);
            placement.HasIndex(p => p.JobseekerId);
            placement.HasIndex(p => p.OrganisationId);
            placement.Property(p => p.FromSituation).HasMaxLength(40);
            placement.Property(p => p.FromOccupationUri).HasMaxLength(200);
            placement.Property(p => p.ToOccupationUri).HasMaxLength(200);
            placement.Property(p => p.Municipality).HasMaxLength(100);
            placement.Ignore(p => p.CrossedSectors);
            placement.Ignore(p => p.ReportedBy);
        });
        modelBuilder.Entity<KnownVacancy>(vacancy =>
        {
            vacancy.ToTable("vacancies");
            vacancy.HasKey(v => v.VacancyId);
            vacancy.Property(v => v.Title).HasMaxLength(200);
            vacancy.Property(v => v.OccupationUri).HasMaxLength(200);
        });
        modelBuilder.Entity<KnownPerson>(person =>
        {
            person.ToTable("people");
            person.HasKey(p => p.JobseekerId);
            person.Property(p => p.Situation).HasMaxLength(40);
            person.Property(p => p.OccupationUri).HasMaxLength(200);
            person.Property(p => p.Municipality).HasMaxLength(100);
        });
    }
}

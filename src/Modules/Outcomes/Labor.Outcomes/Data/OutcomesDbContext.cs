using Labor.BuildingBlocks.Messaging;
using Labor.BuildingBlocks.Outcomes;
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

    public DbSet<Trajectory> Trajectories => Set<Trajectory>();

    public DbSet<TrajectoryStep> TrajectorySteps => Set<TrajectoryStep>();

    /// <summary>
    /// Runs <paramref name="work"/> with the person's row locked and saves what it changed, in the consumer's
    /// transaction (with its inbox row) or in one of its own. A person Jobseekers never told of, or erased, is not
    /// found; a refusal saves nothing.
    /// </summary>
    public async Task<Result<T>> ForPersonAsync<T>(Guid jobseekerId, Func<KnownPerson, Task<Result<T>>> work, CancellationToken cancellationToken)
        where T : class
    {
        await using var transaction = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        KnownPerson? person = await People.FromSql($"SELECT * FROM outcomes.people WHERE jobseeker_id = {jobseekerId} FOR UPDATE").SingleOrDefaultAsync(cancellationToken);
        if (person is null || person.ErasedAt is not null)
        {
            return Refusal.NotFound("This person is not on the platform.");
        }

        Result<T> result = await work(person);
        if (result.Refusal is null)
        {
            await SaveChangesAsync(cancellationToken);
            if (transaction is not null)
            {
                await transaction.CommitAsync(cancellationToken);
            }
        }

        return result;
    }

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
        modelBuilder.Entity<Trajectory>(trajectory =>
        {
            trajectory.ToTable("trajectories");
            trajectory.HasKey(t => t.Id);
            trajectory.HasIndex(t => t.JobseekerId);
            trajectory.Property(t => t.Kind).HasConversion<string>().HasMaxLength(30);
            trajectory.Property(t => t.Outcome).HasConversion<string>().HasMaxLength(30);
            trajectory.Property(t => t.Situation).HasMaxLength(40);
            trajectory.Property(t => t.Municipality).HasMaxLength(100);
            trajectory.HasMany(t => t.Steps).WithOne().HasForeignKey(s => s.TrajectoryId).OnDelete(DeleteBehavior.Cascade);
            trajectory.Ignore(t => t.IsOpen);
            trajectory.Ignore(t => t.LastStepOn);
        });
        modelBuilder.Entity<TrajectoryStep>(step =>
        {
            step.ToTable("trajectory_steps");
            step.HasKey(s => s.Id);
            step.Property(s => s.Kind).HasConversion<string>().HasMaxLength(30);
            step.Property(s => s.By).HasConversion<string>().HasMaxLength(20);
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

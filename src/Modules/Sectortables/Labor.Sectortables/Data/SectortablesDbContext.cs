using Labor.BuildingBlocks.Messaging;
using Labor.Sectortables.Domain;
using Labor.Sectortables.Figures;
using Microsoft.EntityFrameworkCore;

namespace Labor.Sectortables.Data;

internal sealed class SectortablesDbContext(DbContextOptions<SectortablesDbContext> options) : DbContext(options)
{
    public const string Schema = "sectortables";

    public DbSet<Table> Tables => Set<Table>();

    public DbSet<TableAction> Actions => Set<TableAction>();

    public DbSet<ProgressUpdate> Progress => Set<ProgressUpdate>();

    public DbSet<TrackedVacancy> Vacancies => Set<TrackedVacancy>();

    public DbSet<TrackedJobseeker> Jobseekers => Set<TrackedJobseeker>();

    public DbSet<MatchFigure> MatchFigures => Set<MatchFigure>();

    public DbSet<DigestFigure> DigestFigures => Set<DigestFigure>();

    public DbSet<FigureSnapshot> FigureSnapshots => Set<FigureSnapshot>();

    public DbSet<TrackedPlacement> Placements => Set<TrackedPlacement>();

    public DbSet<TrackedTrajectory> Trajectories => Set<TrackedTrajectory>();

    /// <summary>
    /// Holds a table's row until the open transaction ends, so changes to one table (its people, its plan, its
    /// actions) run one after another and each is checked against what the one before it committed.
    /// </summary>
    public Task LockTableAsync(Guid id, CancellationToken cancellationToken) =>
        Database.ExecuteSqlAsync($"SELECT 1 FROM sectortables.tables WHERE id = {id} FOR UPDATE", cancellationToken);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.Entity<Table>(table =>
        {
            table.ToTable("tables");
            table.HasKey(t => t.Id);
            table.Property(t => t.Name).HasMaxLength(100);
            table.HasIndex(t => t.Name).IsUnique();
            table.Property(t => t.NameEn).HasMaxLength(100);
            table.Property(t => t.PlanStatus).HasConversion<string>().HasMaxLength(20);
            table.HasMany(t => t.PlanHistory).WithOne().HasForeignKey(c => c.TableId);
            table.HasMany(t => t.People).WithOne().HasForeignKey(p => p.TableId);
        });
        modelBuilder.Entity<TablePerson>(person =>
        {
            person.ToTable("table_people");
            person.HasKey(p => new { p.TableId, p.AccountId });
            person.HasIndex(p => p.AccountId);
            person.Property(p => p.Function).HasConversion<string>().HasMaxLength(20);
        });
        modelBuilder.Entity<PlanStatusChange>(change =>
        {
            change.ToTable("plan_status_changes");
            change.HasKey(c => c.Id);
            change.Property(c => c.From).HasConversion<string>().HasMaxLength(20);
            change.Property(c => c.To).HasConversion<string>().HasMaxLength(20);
            change.Property(c => c.Note).HasMaxLength(1000);
        });
        modelBuilder.Entity<TableAction>(action =>
        {
            action.ToTable("actions");
            action.HasKey(a => a.Id);
            action.HasIndex(a => a.TableId);
            action.ComplexProperty(a => a.Content, content =>
            {
                content.Property(c => c.Title).HasMaxLength(200);
                content.Property(c => c.TargetGroup).HasMaxLength(200);
                content.Property(c => c.Indicator).HasMaxLength(200);
                content.Property(c => c.Unit).HasMaxLength(50);
                content.Property(c => c.Status).HasMaxLength(20);
                content.Property(c => c.LiveFigure).HasMaxLength(40);
            });
            action.HasMany(a => a.Changes).WithOne().HasForeignKey(c => c.ActionId);
            action.HasMany(a => a.Progress).WithOne().HasForeignKey(p => p.ActionId);
        });
        modelBuilder.Entity<ActionChange>(change =>
        {
            change.ToTable("action_changes");
            change.HasKey(c => c.Id);
        });
        modelBuilder.Entity<ProgressUpdate>(progress =>
        {
            progress.ToTable("progress_updates");
            progress.HasKey(p => p.Id);
            progress.Property(p => p.Id).ValueGeneratedNever(); // set by the domain: an update found in the collection is new
            progress.Property(p => p.Note).HasMaxLength(1000);
        });
        modelBuilder.Entity<TrackedVacancy>(vacancy =>
        {
            vacancy.ToTable("vacancies");
            vacancy.HasKey(v => v.VacancyId);
            vacancy.HasIndex(v => v.SectorTables).HasMethod("gin");
        });
        modelBuilder.Entity<TrackedJobseeker>(jobseeker =>
        {
            jobseeker.ToTable("jobseekers");
            jobseeker.HasKey(j => j.JobseekerId);
            jobseeker.HasIndex(j => j.SectorTables).HasMethod("gin");
        });
        modelBuilder.Entity<MatchFigure>(figure =>
        {
            figure.ToTable("match_figures");
            figure.HasKey(f => f.SectorTable);
        });
        modelBuilder.Entity<DigestFigure>(figure =>
        {
            figure.ToTable("digest_figures");
            figure.HasKey(f => new { f.SectorTable, f.Month });
        });
        modelBuilder.Entity<TrackedPlacement>(placement =>
        {
            placement.ToTable("placements");
            placement.HasKey(p => p.PlacementId);
            placement.HasIndex(p => p.StartDate);
            placement.Property(p => p.Municipality).HasMaxLength(100);
            placement.Property(p => p.FromSituation).HasMaxLength(40);
        });
        modelBuilder.Entity<TrackedTrajectory>(trajectory =>
        {
            trajectory.ToTable("trajectories");
            trajectory.HasKey(t => t.TrajectoryId);
            trajectory.Property(t => t.Kind).HasMaxLength(30);
            trajectory.Property(t => t.Outcome).HasMaxLength(30);
            trajectory.Property(t => t.Situation).HasMaxLength(40);
            trajectory.Property(t => t.Municipality).HasMaxLength(100);
        });
        modelBuilder.Entity<FigureSnapshot>(snapshot =>
        {
            snapshot.ToTable("figure_snapshots");
            snapshot.HasKey(s => new { s.SectorTable, s.Figure, s.Day });
            snapshot.Property(s => s.Figure).HasMaxLength(40);
        });
    }
}

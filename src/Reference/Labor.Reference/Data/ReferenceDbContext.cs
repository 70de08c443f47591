using Microsoft.EntityFrameworkCore;

namespace Labor.Reference.Data;

internal sealed class ReferenceDbContext(DbContextOptions<ReferenceDbContext> options) : DbContext(options)
{
    public const string Schema = "reference";

    public DbSet<OccupationRow> Occupations => Set<OccupationRow>();
    public DbSet<SkillRow> Skills => Set<SkillRow>();
    public DbSet<OccupationSkillRow> OccupationSkills => Set<OccupationSkillRow>();
    public DbSet<SkillRelationRow> SkillRelations => Set<SkillRelationRow>();
    public DbSet<IscoGroupRow> IscoGroups => Set<IscoGroupRow>();
    public DbSet<CourseRow> Courses => Set<CourseRow>();
    public DbSet<ImportRecord> Imports => Set<ImportRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.Entity<OccupationRow>(occupation =>
        {
            occupation.ToTable("occupations").HasKey(o => o.Uri);
            occupation.Property(o => o.IscoCode).HasMaxLength(4);
        });
        modelBuilder.Entity<SkillRow>().ToTable("skills").HasKey(s => s.Uri);
        modelBuilder.Entity<OccupationSkillRow>(relation =>
        {
            relation.ToTable("occupation_skills").HasKey(r => new { r.OccupationUri, r.SkillUri, r.Source });
            relation.HasIndex(r => r.SkillUri);
        });
        modelBuilder.Entity<SkillRelationRow>(relation =>
        {
            relation.ToTable("skill_relations").HasKey(r => new { r.SkillUri, r.RelatedUri });
            relation.HasIndex(r => r.RelatedUri);
        });
        modelBuilder.Entity<IscoGroupRow>(group =>
        {
            group.ToTable("isco_groups").HasKey(g => g.Code);
            group.Property(g => g.Code).HasMaxLength(4);
        });
        modelBuilder.Entity<CourseRow>().ToTable("courses").HasKey(c => c.Id);
        modelBuilder.Entity<ImportRecord>(import =>
        {
            import.ToTable("imports").HasKey(i => i.Id);
            import.HasIndex(i => new { i.Source, i.CompletedAt });
        });
    }
}

using Labor.BuildingBlocks.Messaging;
using Labor.Matching.ReadModel;
using Microsoft.EntityFrameworkCore;

namespace Labor.Matching.Data;

internal sealed class MatchingDbContext(DbContextOptions<MatchingDbContext> options) : DbContext(options)
{
    public const string Schema = "matching";

    public DbSet<OpenVacancy> Vacancies => Set<OpenVacancy>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.Entity<OpenVacancy>(vacancy =>
        {
            vacancy.ToTable("vacancies");
            vacancy.HasKey(v => v.VacancyId);
            vacancy.Property(v => v.Title).HasMaxLength(200);
            vacancy.Property(v => v.Municipality).HasMaxLength(100);
            vacancy.Property(v => v.Details).HasColumnType("jsonb");
        });
    }
}

using Labor.BuildingBlocks.Messaging;
using Labor.Vacancies.Domain;
using Microsoft.EntityFrameworkCore;

namespace Labor.Vacancies.Data;

internal sealed class VacanciesDbContext(DbContextOptions<VacanciesDbContext> options) : DbContext(options)
{
    public const string Schema = "vacancies";

    public DbSet<Vacancy> Vacancies => Set<Vacancy>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.Entity<Vacancy>(vacancy =>
        {
            vacancy.HasKey(v => v.Id);
            vacancy.Property(v => v.Title).HasMaxLength(Vacancy.TitleMaxLength);
            vacancy.Property(v => v.Sector).HasMaxLength(100);
            vacancy.Property(v => v.Municipality).HasMaxLength(100);
            vacancy.HasIndex(v => v.PublishedAt);
            vacancy.HasIndex(v => v.OrganisationId);
            vacancy.Ignore(v => v.IsOpen);
        });
    }
}

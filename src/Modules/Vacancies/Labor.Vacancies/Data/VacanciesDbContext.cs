using Labor.BuildingBlocks.Messaging;
using Labor.Vacancies.Browse;
using Labor.Vacancies.Domain;
using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;

namespace Labor.Vacancies.Data;

internal sealed class VacanciesDbContext(DbContextOptions<VacanciesDbContext> options) : DbContext(options)
{
    public const string Schema = "vacancies";

    /// <summary>Weighted: a word in the title counts more than one in the description.</summary>
    public const string SearchVector = "SearchVector";

    public DbSet<Vacancy> Vacancies => Set<Vacancy>();

    public DbSet<Organisation> Organisations => Set<Organisation>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.Entity<Vacancy>(vacancy =>
        {
            vacancy.HasKey(v => v.Id);
            vacancy.Property(v => v.Status).HasConversion<string>().HasMaxLength(20);
            vacancy.Property(v => v.ClosedReason).HasConversion<string>().HasMaxLength(20);
            vacancy.ComplexProperty(v => v.Content, content =>
            {
                content.Property(c => c.Title).HasMaxLength(Vacancy.TitleMaxLength);
                content.Property(c => c.ContractType).HasConversion<string>().HasMaxLength(20);
                content.Property(c => c.MinimumEducation).HasMaxLength(20);
                content.ComplexProperty(c => c.Workplace, workplace => workplace.Property(w => w.Mode).HasConversion<string>().HasMaxLength(10));
                content.ComplexProperty(c => c.Salary, salary => salary.Property(s => s.Period).HasConversion<string>().HasMaxLength(10));
            });
            vacancy.Property<NpgsqlTsVector>(SearchVector)
                .HasComputedColumnSql(
                    "setweight(to_tsvector('dutch', coalesce(content_title, '')), 'A') || setweight(to_tsvector('dutch', coalesce(content_description_text, '')), 'B')",
                    stored: true);
            // The SearchIndexes migration also keeps the vector in the row (STORAGE MAIN) and indexes the search's other
            // filters and sorts (sector tables, skills, occupation, municipality, closing date), which EF cannot declare on a complex type.
            vacancy.HasIndex(SearchVector).HasMethod("gin");
            vacancy.HasIndex(v => new { v.Status, v.PublishedAt });
            vacancy.HasIndex(v => v.OrganisationId);
            vacancy.Ignore(v => v.IsOpen);
        });
        modelBuilder.Entity<SearchTerm>(term =>
        {
            term.ToTable("search_terms");
            term.HasKey(t => new { t.VacancyId, t.Lexeme });
            // A word's vacancies best first, in the order the search sorts them (rank, then id): a page is a range of it.
            term.HasIndex(t => new { t.Lexeme, t.Rank, t.VacancyId }).IsDescending(false, true, false);
            // No foreign key: the trigger that writes the rows also removes them with their vacancy.
        });
        modelBuilder.Entity<Organisation>(organisation =>
        {
            organisation.HasKey(o => o.Id);
            organisation.Property(o => o.Name).HasMaxLength(200);
            organisation.Property(o => o.KvkNumber).HasMaxLength(8);
        });
    }
}

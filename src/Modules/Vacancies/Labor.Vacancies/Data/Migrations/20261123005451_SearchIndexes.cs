using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Labor.Vacancies.Data.Migrations
{
    /// <summary>
    /// What the public search needs at 20,000 open vacancies (bench/run.sh search). EF cannot declare indexes on the
    /// columns of a complex type (VacancyContent), so they are here and not in the model; see VacanciesDbContext.
    /// </summary>
    public partial class SearchIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Filters: sector tables and skills are matched with && (array overlap), which GIN answers; occupation and
            // municipality (without a radius) by equality.
            migrationBuilder.CreateIndex(
                name: "ix_vacancies_content_sector_tables",
                schema: "vacancies",
                table: "vacancies",
                column: "content_sector_tables")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_vacancies_content_essential_skills",
                schema: "vacancies",
                table: "vacancies",
                column: "content_essential_skills")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_vacancies_content_optional_skills",
                schema: "vacancies",
                table: "vacancies",
                column: "content_optional_skills")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_vacancies_content_occupation_uri",
                schema: "vacancies",
                table: "vacancies",
                column: "content_occupation_uri");

            migrationBuilder.CreateIndex(
                name: "ix_vacancies_content_workplace_municipality",
                schema: "vacancies",
                table: "vacancies",
                column: "content_workplace_municipality");

            // Sort "closing": the open vacancies in order of their last day, read from the index a page at a time.
            migrationBuilder.CreateIndex(
                name: "ix_vacancies_status_content_valid_through",
                schema: "vacancies",
                table: "vacancies",
                columns: new[] { "status", "content_valid_through" });

            // The search vector (about 1 kB for a 125-word description) stays in the row instead of TOAST, where every
            // match would cost an index lookup and chunk reads for the @@ and ts_rank; the descriptions go out of line
            // instead. Rows written before this keep their TOASTed vectors until rewritten, so rewrite them.
            migrationBuilder.Sql("ALTER TABLE vacancies.vacancies ALTER COLUMN search_vector SET STORAGE MAIN;");
            migrationBuilder.Sql("UPDATE vacancies.vacancies SET content_title = content_title;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("ALTER TABLE vacancies.vacancies ALTER COLUMN search_vector SET STORAGE EXTENDED;");

            migrationBuilder.DropIndex(
                name: "ix_vacancies_status_content_valid_through",
                schema: "vacancies",
                table: "vacancies");

            migrationBuilder.DropIndex(
                name: "ix_vacancies_content_workplace_municipality",
                schema: "vacancies",
                table: "vacancies");

            migrationBuilder.DropIndex(
                name: "ix_vacancies_content_occupation_uri",
                schema: "vacancies",
                table: "vacancies");

            migrationBuilder.DropIndex(
                name: "ix_vacancies_content_optional_skills",
                schema: "vacancies",
                table: "vacancies");

            migrationBuilder.DropIndex(
                name: "ix_vacancies_content_essential_skills",
                schema: "vacancies",
                table: "vacancies");

            migrationBuilder.DropIndex(
                name: "ix_vacancies_content_sector_tables",
                schema: "vacancies",
                table: "vacancies");
        }
    }
}

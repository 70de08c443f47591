using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Labor.Matching.Data.Migrations
{
    /// <inheritdoc />
    public partial class VacancyDetails : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The vacancies these rows copied were demo data that the vacancy bank's migration removes; matching's copy goes too.
            migrationBuilder.Sql("DELETE FROM matching.vacancies;");

            migrationBuilder.DropColumn(
                name: "sector",
                schema: "matching",
                table: "vacancies");

            migrationBuilder.AlterColumn<string>(
                name: "municipality",
                schema: "matching",
                table: "vacancies",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(100)",
                oldMaxLength: 100);

            migrationBuilder.AddColumn<string>(
                name: "details",
                schema: "matching",
                table: "vacancies",
                type: "jsonb",
                nullable: false,
                defaultValue: "{}");

            migrationBuilder.AddColumn<string[]>(
                name: "sector_tables",
                schema: "matching",
                table: "vacancies",
                type: "text[]",
                nullable: false,
                defaultValue: new string[0]);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "details",
                schema: "matching",
                table: "vacancies");

            migrationBuilder.DropColumn(
                name: "sector_tables",
                schema: "matching",
                table: "vacancies");

            migrationBuilder.AlterColumn<string>(
                name: "municipality",
                schema: "matching",
                table: "vacancies",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "character varying(100)",
                oldMaxLength: 100,
                oldNullable: true);

            migrationBuilder.AddColumn<string>(
                name: "sector",
                schema: "matching",
                table: "vacancies",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "");
        }
    }
}

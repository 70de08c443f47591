using System;
using Microsoft.EntityFrameworkCore.Migrations;
using NpgsqlTypes;

#nullable disable

namespace Labor.Vacancies.Data.Migrations
{
    /// <inheritdoc />
    public partial class VacancyBank : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Before the vacancy bank, vacancies had only a title, a sector and a municipality: demo data, never
            // real. They cannot become valid vacancies (no occupation, skills, hours …), so they go; the demo seeds anew.
            migrationBuilder.Sql("DELETE FROM vacancies.vacancies;");

            migrationBuilder.DropIndex(
                name: "ix_vacancies_published_at",
                schema: "vacancies",
                table: "vacancies");

            migrationBuilder.DropColumn(
                name: "sector",
                schema: "vacancies",
                table: "vacancies");

            migrationBuilder.RenameColumn(
                name: "title",
                schema: "vacancies",
                table: "vacancies",
                newName: "content_title");

            migrationBuilder.RenameColumn(
                name: "municipality",
                schema: "vacancies",
                table: "vacancies",
                newName: "content_workplace_municipality");

            migrationBuilder.AlterColumn<DateTimeOffset>(
                name: "published_at",
                schema: "vacancies",
                table: "vacancies",
                type: "timestamp with time zone",
                nullable: true,
                oldClrType: typeof(DateTimeOffset),
                oldType: "timestamp with time zone");

            migrationBuilder.AlterColumn<string>(
                name: "content_workplace_municipality",
                schema: "vacancies",
                table: "vacancies",
                type: "text",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(100)",
                oldMaxLength: 100);

            migrationBuilder.AddColumn<string>(
                name: "closed_reason",
                schema: "vacancies",
                table: "vacancies",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "content_contract_type",
                schema: "vacancies",
                table: "vacancies",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "content_description_html",
                schema: "vacancies",
                table: "vacancies",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "content_description_text",
                schema: "vacancies",
                table: "vacancies",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string[]>(
                name: "content_essential_skills",
                schema: "vacancies",
                table: "vacancies",
                type: "text[]",
                nullable: false,
                defaultValue: new string[0]);

            migrationBuilder.AddColumn<bool>(
                name: "content_experience_replaces_education",
                schema: "vacancies",
                table: "vacancies",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "content_hours_max",
                schema: "vacancies",
                table: "vacancies",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "content_hours_min",
                schema: "vacancies",
                table: "vacancies",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "content_how_to_apply",
                schema: "vacancies",
                table: "vacancies",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "content_minimum_education",
                schema: "vacancies",
                table: "vacancies",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "content_occupation_uri",
                schema: "vacancies",
                table: "vacancies",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "content_openings",
                schema: "vacancies",
                table: "vacancies",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string[]>(
                name: "content_optional_skills",
                schema: "vacancies",
                table: "vacancies",
                type: "text[]",
                nullable: false,
                defaultValue: new string[0]);

            migrationBuilder.AddColumn<decimal>(
                name: "content_salary_max",
                schema: "vacancies",
                table: "vacancies",
                type: "numeric",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "content_salary_min",
                schema: "vacancies",
                table: "vacancies",
                type: "numeric",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "content_salary_period",
                schema: "vacancies",
                table: "vacancies",
                type: "character varying(10)",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<string[]>(
                name: "content_sector_tables",
                schema: "vacancies",
                table: "vacancies",
                type: "text[]",
                nullable: false,
                defaultValue: new string[0]);

            migrationBuilder.AddColumn<DateOnly>(
                name: "content_valid_through",
                schema: "vacancies",
                table: "vacancies",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<bool>(
                name: "content_workplace_geocoded",
                schema: "vacancies",
                table: "vacancies",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<double>(
                name: "content_workplace_latitude",
                schema: "vacancies",
                table: "vacancies",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "content_workplace_longitude",
                schema: "vacancies",
                table: "vacancies",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "content_workplace_mode",
                schema: "vacancies",
                table: "vacancies",
                type: "character varying(10)",
                maxLength: 10,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "content_workplace_postcode",
                schema: "vacancies",
                table: "vacancies",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "created_at",
                schema: "vacancies",
                table: "vacancies",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.AddColumn<string>(
                name: "status",
                schema: "vacancies",
                table: "vacancies",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "updated_at",
                schema: "vacancies",
                table: "vacancies",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.AddColumn<int>(
                name: "views",
                schema: "vacancies",
                table: "vacancies",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<NpgsqlTsVector>(
                name: "search_vector",
                schema: "vacancies",
                table: "vacancies",
                type: "tsvector",
                nullable: true,
                computedColumnSql: "setweight(to_tsvector('dutch', coalesce(content_title, '')), 'A') || setweight(to_tsvector('dutch', coalesce(content_description_text, '')), 'B')",
                stored: true);

            migrationBuilder.CreateTable(
                name: "organisations",
                schema: "vacancies",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    kvk_number = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    address = table.Column<string>(type: "text", nullable: false),
                    postcode = table.Column<string>(type: "text", nullable: false),
                    municipality = table.Column<string>(type: "text", nullable: false),
                    contact_name = table.Column<string>(type: "text", nullable: false),
                    contact_email = table.Column<string>(type: "text", nullable: false),
                    contact_phone = table.Column<string>(type: "text", nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_organisations", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_vacancies_search_vector",
                schema: "vacancies",
                table: "vacancies",
                column: "search_vector")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_vacancies_status_published_at",
                schema: "vacancies",
                table: "vacancies",
                columns: new[] { "status", "published_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "organisations",
                schema: "vacancies");

            migrationBuilder.DropIndex(
                name: "ix_vacancies_search_vector",
                schema: "vacancies",
                table: "vacancies");

            migrationBuilder.DropIndex(
                name: "ix_vacancies_status_published_at",
                schema: "vacancies",
                table: "vacancies");

            migrationBuilder.DropColumn(
                name: "search_vector",
                schema: "vacancies",
                table: "vacancies");

            migrationBuilder.DropColumn(
                name: "closed_reason",
                schema: "vacancies",
                table: "vacancies");

            migrationBuilder.DropColumn(
                name: "content_contract_type",
                schema: "vacancies",
                table: "vacancies");

            migrationBuilder.DropColumn(
                name: "content_description_html",
                schema: "vacancies",
                table: "vacancies");

            migrationBuilder.DropColumn(
                name: "content_description_text",
                schema: "vacancies",
                table: "vacancies");

            migrationBuilder.DropColumn(
                name: "content_essential_skills",
                schema: "vacancies",
                table: "vacancies");

            migrationBuilder.DropColumn(
                name: "content_experience_replaces_education",
                schema: "vacancies",
                table: "vacancies");

            migrationBuilder.DropColumn(
                name: "content_hours_max",
                schema: "vacancies",
                table: "vacancies");

            migrationBuilder.DropColumn(
                name: "content_hours_min",
                schema: "vacancies",
                table: "vacancies");

            migrationBuilder.DropColumn(
                name: "content_how_to_apply",
                schema: "vacancies",
                table: "vacancies");

            migrationBuilder.DropColumn(
                name: "content_minimum_education",
                schema: "vacancies",
                table: "vacancies");

            migrationBuilder.DropColumn(
                name: "content_occupation_uri",
                schema: "vacancies",
                table: "vacancies");

            migrationBuilder.DropColumn(
                name: "content_openings",
                schema: "vacancies",
                table: "vacancies");

            migrationBuilder.DropColumn(
                name: "content_optional_skills",
                schema: "vacancies",
                table: "vacancies");

            migrationBuilder.DropColumn(
                name: "content_salary_max",
                schema: "vacancies",
                table: "vacancies");

            migrationBuilder.DropColumn(
                name: "content_salary_min",
                schema: "vacancies",
                table: "vacancies");

            migrationBuilder.DropColumn(
                name: "content_salary_period",
                schema: "vacancies",
                table: "vacancies");

            migrationBuilder.DropColumn(
                name: "content_sector_tables",
                schema: "vacancies",
                table: "vacancies");

            migrationBuilder.DropColumn(
                name: "content_valid_through",
                schema: "vacancies",
                table: "vacancies");

            migrationBuilder.DropColumn(
                name: "content_workplace_geocoded",
                schema: "vacancies",
                table: "vacancies");

            migrationBuilder.DropColumn(
                name: "content_workplace_latitude",
                schema: "vacancies",
                table: "vacancies");

            migrationBuilder.DropColumn(
                name: "content_workplace_longitude",
                schema: "vacancies",
                table: "vacancies");

            migrationBuilder.DropColumn(
                name: "content_workplace_mode",
                schema: "vacancies",
                table: "vacancies");

            migrationBuilder.DropColumn(
                name: "content_workplace_postcode",
                schema: "vacancies",
                table: "vacancies");

            migrationBuilder.DropColumn(
                name: "created_at",
                schema: "vacancies",
                table: "vacancies");

            migrationBuilder.DropColumn(
                name: "status",
                schema: "vacancies",
                table: "vacancies");

            migrationBuilder.DropColumn(
                name: "updated_at",
                schema: "vacancies",
                table: "vacancies");

            migrationBuilder.DropColumn(
                name: "views",
                schema: "vacancies",
                table: "vacancies");

            migrationBuilder.RenameColumn(
                name: "content_workplace_municipality",
                schema: "vacancies",
                table: "vacancies",
                newName: "municipality");

            migrationBuilder.RenameColumn(
                name: "content_title",
                schema: "vacancies",
                table: "vacancies",
                newName: "title");

            migrationBuilder.AlterColumn<DateTimeOffset>(
                name: "published_at",
                schema: "vacancies",
                table: "vacancies",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)),
                oldClrType: typeof(DateTimeOffset),
                oldType: "timestamp with time zone",
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "municipality",
                schema: "vacancies",
                table: "vacancies",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "text",
                oldNullable: true);

            migrationBuilder.AddColumn<string>(
                name: "sector",
                schema: "vacancies",
                table: "vacancies",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "ix_vacancies_published_at",
                schema: "vacancies",
                table: "vacancies",
                column: "published_at");
        }
    }
}

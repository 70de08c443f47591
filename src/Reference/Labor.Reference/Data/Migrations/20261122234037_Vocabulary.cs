using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Labor.Reference.Data.Migrations
{
    /// <inheritdoc />
    public partial class Vocabulary : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "reference");

            migrationBuilder.CreateTable(
                name: "courses",
                schema: "reference",
                columns: table => new
                {
                    id = table.Column<string>(type: "text", nullable: false),
                    title_nl = table.Column<string>(type: "text", nullable: false),
                    title_en = table.Column<string>(type: "text", nullable: false),
                    provider = table.Column<string>(type: "text", nullable: false),
                    education_level = table.Column<string>(type: "text", nullable: false),
                    duration_hours = table.Column<int>(type: "integer", nullable: false),
                    voucher = table.Column<bool>(type: "boolean", nullable: false),
                    sector_tables = table.Column<string[]>(type: "text[]", nullable: false),
                    skills = table.Column<string[]>(type: "text[]", nullable: false),
                    description_nl = table.Column<string>(type: "text", nullable: false),
                    description_en = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_courses", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "imports",
                schema: "reference",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    source = table.Column<string>(type: "text", nullable: false),
                    content_hash = table.Column<string>(type: "text", nullable: false),
                    completed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    occupations = table.Column<int>(type: "integer", nullable: false),
                    skills = table.Column<int>(type: "integer", nullable: false),
                    relations = table.Column<int>(type: "integer", nullable: false),
                    courses = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_imports", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "isco_groups",
                schema: "reference",
                columns: table => new
                {
                    code = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    label_nl = table.Column<string>(type: "text", nullable: true),
                    label_en = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_isco_groups", x => x.code);
                });

            migrationBuilder.CreateTable(
                name: "occupation_skills",
                schema: "reference",
                columns: table => new
                {
                    occupation_uri = table.Column<string>(type: "text", nullable: false),
                    skill_uri = table.Column<string>(type: "text", nullable: false),
                    essential = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_occupation_skills", x => new { x.occupation_uri, x.skill_uri });
                });

            migrationBuilder.CreateTable(
                name: "occupations",
                schema: "reference",
                columns: table => new
                {
                    uri = table.Column<string>(type: "text", nullable: false),
                    isco_code = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    label_nl = table.Column<string>(type: "text", nullable: true),
                    label_en = table.Column<string>(type: "text", nullable: true),
                    alt_labels_nl = table.Column<string[]>(type: "text[]", nullable: false),
                    alt_labels_en = table.Column<string[]>(type: "text[]", nullable: false),
                    sector_overrides = table.Column<string[]>(type: "text[]", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_occupations", x => x.uri);
                });

            migrationBuilder.CreateTable(
                name: "skills",
                schema: "reference",
                columns: table => new
                {
                    uri = table.Column<string>(type: "text", nullable: false),
                    is_group = table.Column<bool>(type: "boolean", nullable: false),
                    skill_type = table.Column<string>(type: "text", nullable: true),
                    reuse_level = table.Column<string>(type: "text", nullable: true),
                    broader_uri = table.Column<string>(type: "text", nullable: true),
                    label_nl = table.Column<string>(type: "text", nullable: true),
                    label_en = table.Column<string>(type: "text", nullable: true),
                    alt_labels_nl = table.Column<string[]>(type: "text[]", nullable: false),
                    alt_labels_en = table.Column<string[]>(type: "text[]", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_skills", x => x.uri);
                });

            migrationBuilder.CreateIndex(
                name: "ix_imports_source_completed_at",
                schema: "reference",
                table: "imports",
                columns: new[] { "source", "completed_at" });

            migrationBuilder.CreateIndex(
                name: "ix_occupation_skills_skill_uri",
                schema: "reference",
                table: "occupation_skills",
                column: "skill_uri");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "courses",
                schema: "reference");

            migrationBuilder.DropTable(
                name: "imports",
                schema: "reference");

            migrationBuilder.DropTable(
                name: "isco_groups",
                schema: "reference");

            migrationBuilder.DropTable(
                name: "occupation_skills",
                schema: "reference");

            migrationBuilder.DropTable(
                name: "occupations",
                schema: "reference");

            migrationBuilder.DropTable(
                name: "skills",
                schema: "reference");
        }
    }
}

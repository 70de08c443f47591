using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Labor.Matching.Data.Migrations
{
    /// <inheritdoc />
    public partial class Matches : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "erased_jobseekers",
                schema: "matching",
                columns: table => new
                {
                    jobseeker_id = table.Column<Guid>(type: "uuid", nullable: false),
                    erased_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_erased_jobseekers", x => x.jobseeker_id);
                });

            migrationBuilder.CreateTable(
                name: "feedback",
                schema: "matching",
                columns: table => new
                {
                    vacancy_id = table.Column<Guid>(type: "uuid", nullable: false),
                    jobseeker_id = table.Column<Guid>(type: "uuid", nullable: false),
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    verdict = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_feedback", x => new { x.vacancy_id, x.jobseeker_id });
                });

            migrationBuilder.CreateTable(
                name: "jobseeker_matches",
                schema: "matching",
                columns: table => new
                {
                    jobseeker_id = table.Column<Guid>(type: "uuid", nullable: false),
                    rank = table.Column<short>(type: "smallint", nullable: false),
                    vacancy_id = table.Column<Guid>(type: "uuid", nullable: false),
                    score = table.Column<short>(type: "smallint", nullable: false),
                    skills_part = table.Column<short>(type: "smallint", nullable: false),
                    occupation_part = table.Column<short>(type: "smallint", nullable: false),
                    sector_part = table.Column<short>(type: "smallint", nullable: false),
                    distance_part = table.Column<short>(type: "smallint", nullable: false),
                    hours_part = table.Column<short>(type: "smallint", nullable: false),
                    distance_km = table.Column<float>(type: "real", nullable: true),
                    exact_skills = table.Column<long>(type: "bigint", nullable: false),
                    related_skills = table.Column<long>(type: "bigint", nullable: false),
                    occupation = table.Column<short>(type: "smallint", nullable: false),
                    intersectoral = table.Column<bool>(type: "boolean", nullable: false),
                    found_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_jobseeker_matches", x => new { x.jobseeker_id, x.rank });
                });

            migrationBuilder.CreateTable(
                name: "jobseekers",
                schema: "matching",
                columns: table => new
                {
                    jobseeker_id = table.Column<Guid>(type: "uuid", nullable: false),
                    profile = table.Column<string>(type: "jsonb", nullable: true),
                    profile_changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    consented = table.Column<bool>(type: "boolean", nullable: false),
                    consent_changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_jobseekers", x => x.jobseeker_id);
                });

            migrationBuilder.CreateTable(
                name: "runs",
                schema: "matching",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    chunk_size = table.Column<int>(type: "integer", nullable: false),
                    chunks_done = table.Column<int>(type: "integer", nullable: false),
                    jobseekers = table.Column<int>(type: "integer", nullable: false),
                    vacancies = table.Column<int>(type: "integer", nullable: false),
                    matches = table.Column<int>(type: "integer", nullable: false),
                    sector_counts = table.Column<string>(type: "jsonb", nullable: true),
                    finished_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_runs", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "vacancy_candidates",
                schema: "matching",
                columns: table => new
                {
                    vacancy_id = table.Column<Guid>(type: "uuid", nullable: false),
                    rank = table.Column<short>(type: "smallint", nullable: false),
                    jobseeker_id = table.Column<Guid>(type: "uuid", nullable: false),
                    score = table.Column<short>(type: "smallint", nullable: false),
                    skills_part = table.Column<short>(type: "smallint", nullable: false),
                    occupation_part = table.Column<short>(type: "smallint", nullable: false),
                    sector_part = table.Column<short>(type: "smallint", nullable: false),
                    distance_part = table.Column<short>(type: "smallint", nullable: false),
                    hours_part = table.Column<short>(type: "smallint", nullable: false),
                    distance_km = table.Column<float>(type: "real", nullable: true),
                    exact_skills = table.Column<long>(type: "bigint", nullable: false),
                    related_skills = table.Column<long>(type: "bigint", nullable: false),
                    occupation = table.Column<short>(type: "smallint", nullable: false),
                    intersectoral = table.Column<bool>(type: "boolean", nullable: false),
                    found_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_vacancy_candidates", x => new { x.vacancy_id, x.rank });
                });

            migrationBuilder.CreateIndex(
                name: "ix_feedback_jobseeker_id",
                schema: "matching",
                table: "feedback",
                column: "jobseeker_id");

            migrationBuilder.CreateIndex(
                name: "ix_jobseeker_matches_vacancy_id",
                schema: "matching",
                table: "jobseeker_matches",
                column: "vacancy_id");

            migrationBuilder.CreateIndex(
                name: "ix_jobseekers_received_at",
                schema: "matching",
                table: "jobseekers",
                column: "received_at");

            migrationBuilder.CreateIndex(
                name: "ix_vacancy_candidates_jobseeker_id",
                schema: "matching",
                table: "vacancy_candidates",
                column: "jobseeker_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "erased_jobseekers",
                schema: "matching");

            migrationBuilder.DropTable(
                name: "feedback",
                schema: "matching");

            migrationBuilder.DropTable(
                name: "jobseeker_matches",
                schema: "matching");

            migrationBuilder.DropTable(
                name: "jobseekers",
                schema: "matching");

            migrationBuilder.DropTable(
                name: "runs",
                schema: "matching");

            migrationBuilder.DropTable(
                name: "vacancy_candidates",
                schema: "matching");
        }
    }
}

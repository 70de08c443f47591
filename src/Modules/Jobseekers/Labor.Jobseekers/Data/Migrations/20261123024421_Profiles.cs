using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Labor.Jobseekers.Data.Migrations
{
    /// <inheritdoc />
    public partial class Profiles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "erasures",
                schema: "jobseekers",
                columns: table => new
                {
                    jobseeker_id = table.Column<Guid>(type: "uuid", nullable: false),
                    reason = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    erased_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_erasures", x => x.jobseeker_id);
                });

            migrationBuilder.CreateTable(
                name: "jobseekers",
                schema: "jobseekers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    consented = table.Column<bool>(type: "boolean", nullable: false),
                    consent_changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    registered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    profile_changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    last_active_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    inactivity_warned_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    profile_age_band = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    profile_available_from = table.Column<DateOnly>(type: "date", nullable: true),
                    profile_awaits_geocoder = table.Column<bool>(type: "boolean", nullable: false),
                    profile_digest_frequency = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    profile_diplomas = table.Column<string[]>(type: "text[]", nullable: false),
                    profile_education_level = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    profile_experience = table.Column<string>(type: "jsonb", nullable: false),
                    profile_gender = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    profile_hours_max = table.Column<int>(type: "integer", nullable: true),
                    profile_hours_min = table.Column<int>(type: "integer", nullable: true),
                    profile_latitude = table.Column<double>(type: "double precision", nullable: true),
                    profile_longitude = table.Column<double>(type: "double precision", nullable: true),
                    profile_max_travel_km = table.Column<int>(type: "integer", nullable: true),
                    profile_municipality = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    profile_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    profile_open_to_other_sectors = table.Column<bool>(type: "boolean", nullable: false),
                    profile_postcode = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: true),
                    profile_sector_tables = table.Column<string[]>(type: "text[]", nullable: false),
                    profile_situation = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    profile_skills = table.Column<string[]>(type: "text[]", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_jobseekers", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "consent_changes",
                schema: "jobseekers",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    jobseeker_id = table.Column<Guid>(type: "uuid", nullable: false),
                    consented = table.Column<bool>(type: "boolean", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_consent_changes", x => x.id);
                    table.ForeignKey(
                        name: "fk_consent_changes_jobseekers_jobseeker_id",
                        column: x => x.jobseeker_id,
                        principalSchema: "jobseekers",
                        principalTable: "jobseekers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_consent_changes_jobseeker_id",
                schema: "jobseekers",
                table: "consent_changes",
                column: "jobseeker_id");

            migrationBuilder.CreateIndex(
                name: "ix_jobseekers_last_active_at",
                schema: "jobseekers",
                table: "jobseekers",
                column: "last_active_at");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "consent_changes",
                schema: "jobseekers");

            migrationBuilder.DropTable(
                name: "erasures",
                schema: "jobseekers");

            migrationBuilder.DropTable(
                name: "jobseekers",
                schema: "jobseekers");
        }
    }
}

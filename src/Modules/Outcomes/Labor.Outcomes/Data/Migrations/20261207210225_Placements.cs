using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Labor.Outcomes.Data.Migrations
{
    /// <inheritdoc />
    public partial class Placements : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "outcomes");

            migrationBuilder.CreateTable(
                name: "inbox_messages",
                schema: "outcomes",
                columns: table => new
                {
                    message_id = table.Column<Guid>(type: "uuid", nullable: false),
                    consumer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    processed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_inbox_messages", x => new { x.message_id, x.consumer });
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                schema: "outcomes",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    type = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    payload = table.Column<string>(type: "jsonb", nullable: false),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    last_error = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_outbox_messages", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "people",
                schema: "outcomes",
                columns: table => new
                {
                    jobseeker_id = table.Column<Guid>(type: "uuid", nullable: false),
                    situation = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    occupation_uri = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    sector_tables = table.Column<string[]>(type: "text[]", nullable: false),
                    municipality = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    profile_changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    erased_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_people", x => x.jobseeker_id);
                });

            migrationBuilder.CreateTable(
                name: "placements",
                schema: "outcomes",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    jobseeker_id = table.Column<Guid>(type: "uuid", nullable: false),
                    vacancy_id = table.Column<Guid>(type: "uuid", nullable: true),
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: true),
                    start_date = table.Column<DateOnly>(type: "date", nullable: false),
                    hours_per_week = table.Column<int>(type: "integer", nullable: true),
                    from_situation = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    from_occupation_uri = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    from_sector_tables = table.Column<string[]>(type: "text[]", nullable: false),
                    municipality = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    to_occupation_uri = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    to_sector_tables = table.Column<string[]>(type: "text[]", nullable: false),
                    proposed_by_match = table.Column<bool>(type: "boolean", nullable: false),
                    after_training = table.Column<bool>(type: "boolean", nullable: false),
                    reported_by_employer_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    reported_by_person_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_placements", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "vacancies",
                schema: "outcomes",
                columns: table => new
                {
                    vacancy_id = table.Column<Guid>(type: "uuid", nullable: false),
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    occupation_uri = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    sector_tables = table.Column<string[]>(type: "text[]", nullable: false),
                    hours_max = table.Column<int>(type: "integer", nullable: false),
                    changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_vacancies", x => x.vacancy_id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_inbox_messages_processed_at",
                schema: "outcomes",
                table: "inbox_messages",
                column: "processed_at");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_pending",
                schema: "outcomes",
                table: "outbox_messages",
                column: "occurred_at",
                filter: "sent_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_placements_jobseeker_id",
                schema: "outcomes",
                table: "placements",
                column: "jobseeker_id");

            migrationBuilder.CreateIndex(
                name: "ix_placements_organisation_id",
                schema: "outcomes",
                table: "placements",
                column: "organisation_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "inbox_messages",
                schema: "outcomes");

            migrationBuilder.DropTable(
                name: "outbox_messages",
                schema: "outcomes");

            migrationBuilder.DropTable(
                name: "people",
                schema: "outcomes");

            migrationBuilder.DropTable(
                name: "placements",
                schema: "outcomes");

            migrationBuilder.DropTable(
                name: "vacancies",
                schema: "outcomes");
        }
    }
}

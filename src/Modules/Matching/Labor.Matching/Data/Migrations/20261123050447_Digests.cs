using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Labor.Matching.Data.Migrations
{
    /// <inheritdoc />
    public partial class Digests : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "digest_chunks",
                schema: "matching",
                columns: table => new
                {
                    run_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    from_jobseeker_id = table.Column<Guid>(type: "uuid", nullable: false),
                    to_jobseeker_id = table.Column<Guid>(type: "uuid", nullable: true),
                    done_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_digest_chunks", x => new { x.run_id, x.number });
                });

            migrationBuilder.CreateTable(
                name: "digest_runs",
                schema: "matching",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    frequency = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    day = table.Column<DateOnly>(type: "date", nullable: false),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    chunks = table.Column<int>(type: "integer", nullable: false),
                    finished_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_digest_runs", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "mail_rejections",
                schema: "matching",
                columns: table => new
                {
                    jobseeker_id = table.Column<Guid>(type: "uuid", nullable: false),
                    address_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    reply = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    rejected_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_mail_rejections", x => x.jobseeker_id);
                });

            migrationBuilder.CreateTable(
                name: "mailed_fits",
                schema: "matching",
                columns: table => new
                {
                    jobseeker_id = table.Column<Guid>(type: "uuid", nullable: false),
                    vacancy_id = table.Column<Guid>(type: "uuid", nullable: false),
                    digest_id = table.Column<Guid>(type: "uuid", nullable: false),
                    sector_tables = table.Column<string[]>(type: "text[]", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_mailed_fits", x => new { x.jobseeker_id, x.vacancy_id });
                });

            migrationBuilder.CreateTable(
                name: "sent_digests",
                schema: "matching",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    run_id = table.Column<Guid>(type: "uuid", nullable: false),
                    jobseeker_id = table.Column<Guid>(type: "uuid", nullable: false),
                    sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    fits = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sent_digests", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_digest_runs_frequency_day",
                schema: "matching",
                table: "digest_runs",
                columns: new[] { "frequency", "day" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_mailed_fits_digest_id",
                schema: "matching",
                table: "mailed_fits",
                column: "digest_id");

            migrationBuilder.CreateIndex(
                name: "ix_sent_digests_jobseeker_id",
                schema: "matching",
                table: "sent_digests",
                column: "jobseeker_id");

            migrationBuilder.CreateIndex(
                name: "ix_sent_digests_run_id_jobseeker_id",
                schema: "matching",
                table: "sent_digests",
                columns: new[] { "run_id", "jobseeker_id" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "digest_chunks",
                schema: "matching");

            migrationBuilder.DropTable(
                name: "digest_runs",
                schema: "matching");

            migrationBuilder.DropTable(
                name: "mail_rejections",
                schema: "matching");

            migrationBuilder.DropTable(
                name: "mailed_fits",
                schema: "matching");

            migrationBuilder.DropTable(
                name: "sent_digests",
                schema: "matching");
        }
    }
}

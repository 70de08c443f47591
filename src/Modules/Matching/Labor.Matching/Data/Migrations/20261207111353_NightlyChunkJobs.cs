using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Labor.Matching.Data.Migrations
{
    /// <inheritdoc />
    public partial class NightlyChunkJobs : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // A run left unfinished by the one-process run cannot be carried on by chunk jobs: the next run starts afresh.
            migrationBuilder.Sql("UPDATE matching.runs SET status = 'Abandoned' WHERE status = 'Running'");

            migrationBuilder.DropColumn(
                name: "chunk_size",
                schema: "matching",
                table: "runs");

            migrationBuilder.RenameColumn(
                name: "chunks_done",
                schema: "matching",
                table: "runs",
                newName: "chunks");

            migrationBuilder.CreateTable(
                name: "run_chunks",
                schema: "matching",
                columns: table => new
                {
                    run_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    from_jobseeker_id = table.Column<Guid>(type: "uuid", nullable: false),
                    to_jobseeker_id = table.Column<Guid>(type: "uuid", nullable: true),
                    done_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    jobseekers = table.Column<int>(type: "integer", nullable: false),
                    vacancies = table.Column<int>(type: "integer", nullable: false),
                    matches = table.Column<int>(type: "integer", nullable: false),
                    sector_counts = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_run_chunks", x => new { x.run_id, x.number });
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "run_chunks",
                schema: "matching");

            migrationBuilder.RenameColumn(
                name: "chunks",
                schema: "matching",
                table: "runs",
                newName: "chunks_done");

            migrationBuilder.AddColumn<int>(
                name: "chunk_size",
                schema: "matching",
                table: "runs",
                type: "integer",
                nullable: false,
                defaultValue: 0);
        }
    }
}

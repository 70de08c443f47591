using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Labor.Outcomes.Data.Migrations
{
    /// <inheritdoc />
    public partial class Trajectories : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "trajectories",
                schema: "outcomes",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    jobseeker_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    started_on = table.Column<DateOnly>(type: "date", nullable: false),
                    situation = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    municipality = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    outcome = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    closed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_trajectories", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "trajectory_steps",
                schema: "outcomes",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    trajectory_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    on = table.Column<DateOnly>(type: "date", nullable: false),
                    by = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_trajectory_steps", x => x.id);
                    table.ForeignKey(
                        name: "fk_trajectory_steps_trajectories_trajectory_id",
                        column: x => x.trajectory_id,
                        principalSchema: "outcomes",
                        principalTable: "trajectories",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_trajectories_jobseeker_id",
                schema: "outcomes",
                table: "trajectories",
                column: "jobseeker_id");

            migrationBuilder.CreateIndex(
                name: "ix_trajectory_steps_trajectory_id",
                schema: "outcomes",
                table: "trajectory_steps",
                column: "trajectory_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "trajectory_steps",
                schema: "outcomes");

            migrationBuilder.DropTable(
                name: "trajectories",
                schema: "outcomes");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Labor.Sectortables.Data.Migrations
{
    /// <inheritdoc />
    public partial class Trajectories : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "trajectories",
                schema: "sectortables",
                columns: table => new
                {
                    trajectory_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    started_on = table.Column<DateOnly>(type: "date", nullable: false),
                    situation = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    municipality = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    training_started = table.Column<bool>(type: "boolean", nullable: false),
                    training_completed = table.Column<bool>(type: "boolean", nullable: false),
                    outcome = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_trajectories", x => x.trajectory_id);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "trajectories",
                schema: "sectortables");
        }
    }
}

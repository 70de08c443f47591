using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Labor.Sectortables.Data.Migrations
{
    /// <inheritdoc />
    public partial class Placements : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "placements",
                schema: "sectortables",
                columns: table => new
                {
                    placement_id = table.Column<Guid>(type: "uuid", nullable: false),
                    start_date = table.Column<DateOnly>(type: "date", nullable: false),
                    municipality = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    from_situation = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    from_sector_tables = table.Column<string[]>(type: "text[]", nullable: false),
                    to_sector_tables = table.Column<string[]>(type: "text[]", nullable: false),
                    crossed_sectors = table.Column<bool>(type: "boolean", nullable: false),
                    proposed_by_match = table.Column<bool>(type: "boolean", nullable: false),
                    after_training = table.Column<bool>(type: "boolean", nullable: false),
                    changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_placements", x => x.placement_id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_placements_start_date",
                schema: "sectortables",
                table: "placements",
                column: "start_date");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "placements",
                schema: "sectortables");
        }
    }
}

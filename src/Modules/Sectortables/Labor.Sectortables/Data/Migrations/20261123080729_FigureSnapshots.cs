using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Labor.Sectortables.Data.Migrations
{
    /// <inheritdoc />
    public partial class FigureSnapshots : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "figure_snapshots",
                schema: "sectortables",
                columns: table => new
                {
                    sector_table = table.Column<string>(type: "text", nullable: false),
                    figure = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    day = table.Column<DateOnly>(type: "date", nullable: false),
                    value = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_figure_snapshots", x => new { x.sector_table, x.figure, x.day });
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "figure_snapshots",
                schema: "sectortables");
        }
    }
}

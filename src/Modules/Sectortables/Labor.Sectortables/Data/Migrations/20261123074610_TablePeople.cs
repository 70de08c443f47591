using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Labor.Sectortables.Data.Migrations
{
    /// <inheritdoc />
    public partial class TablePeople : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "table_people",
                schema: "sectortables",
                columns: table => new
                {
                    table_id = table.Column<Guid>(type: "uuid", nullable: false),
                    account_id = table.Column<Guid>(type: "uuid", nullable: false),
                    function = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    since = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    added_by = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_table_people", x => new { x.table_id, x.account_id });
                    table.ForeignKey(
                        name: "fk_table_people_tables_table_id",
                        column: x => x.table_id,
                        principalSchema: "sectortables",
                        principalTable: "tables",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_table_people_account_id",
                schema: "sectortables",
                table: "table_people",
                column: "account_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "table_people",
                schema: "sectortables");
        }
    }
}

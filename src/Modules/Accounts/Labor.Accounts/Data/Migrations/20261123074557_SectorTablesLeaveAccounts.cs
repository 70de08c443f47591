using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Labor.Accounts.Data.Migrations
{
    /// <inheritdoc />
    public partial class SectorTablesLeaveAccounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "sector_tables",
                schema: "accounts",
                table: "users");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<List<string>>(
                name: "sector_tables",
                schema: "accounts",
                table: "users",
                type: "text[]",
                nullable: false);
        }
    }
}

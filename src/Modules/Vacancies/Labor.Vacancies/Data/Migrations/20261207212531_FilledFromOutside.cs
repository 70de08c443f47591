using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Labor.Vacancies.Data.Migrations
{
    /// <inheritdoc />
    public partial class FilledFromOutside : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "filled_from_outside",
                schema: "vacancies",
                table: "vacancies",
                type: "boolean",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "filled_from_outside",
                schema: "vacancies",
                table: "vacancies");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Labor.Vacancies.Data.Migrations
{
    /// <inheritdoc />
    public partial class OwnedAndClosable : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "closed_at",
                schema: "vacancies",
                table: "vacancies",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "organisation_id",
                schema: "vacancies",
                table: "vacancies",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.CreateIndex(
                name: "ix_vacancies_organisation_id",
                schema: "vacancies",
                table: "vacancies",
                column: "organisation_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_vacancies_organisation_id",
                schema: "vacancies",
                table: "vacancies");

            migrationBuilder.DropColumn(
                name: "closed_at",
                schema: "vacancies",
                table: "vacancies");

            migrationBuilder.DropColumn(
                name: "organisation_id",
                schema: "vacancies",
                table: "vacancies");
        }
    }
}

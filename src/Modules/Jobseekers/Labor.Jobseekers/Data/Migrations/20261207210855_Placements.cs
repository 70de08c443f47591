using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Labor.Jobseekers.Data.Migrations
{
    /// <inheritdoc />
    public partial class Placements : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "last_placement_id",
                schema: "jobseekers",
                table: "jobseekers",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "profile_after_new_work",
                schema: "jobseekers",
                table: "jobseekers",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "pause");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "last_placement_id",
                schema: "jobseekers",
                table: "jobseekers");

            migrationBuilder.DropColumn(
                name: "profile_after_new_work",
                schema: "jobseekers",
                table: "jobseekers");
        }
    }
}

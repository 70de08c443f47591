using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Labor.Reference.Data.Migrations
{
    /// <inheritdoc />
    public partial class EscoHierarchyAndRelations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "pk_occupation_skills",
                schema: "reference",
                table: "occupation_skills");

            migrationBuilder.AddColumn<string[]>(
                name: "hidden_labels_en",
                schema: "reference",
                table: "skills",
                type: "text[]",
                nullable: false,
                defaultValue: new string[0]);

            migrationBuilder.AddColumn<string[]>(
                name: "hidden_labels_nl",
                schema: "reference",
                table: "skills",
                type: "text[]",
                nullable: false,
                defaultValue: new string[0]);

            migrationBuilder.AddColumn<string>(
                name: "replaced_by",
                schema: "reference",
                table: "skills",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "broader_uri",
                schema: "reference",
                table: "occupations",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string[]>(
                name: "hidden_labels_en",
                schema: "reference",
                table: "occupations",
                type: "text[]",
                nullable: false,
                defaultValue: new string[0]);

            migrationBuilder.AddColumn<string[]>(
                name: "hidden_labels_nl",
                schema: "reference",
                table: "occupations",
                type: "text[]",
                nullable: false,
                defaultValue: new string[0]);

            migrationBuilder.AddColumn<string>(
                name: "source",
                schema: "reference",
                table: "occupation_skills",
                type: "text",
                nullable: false,
                // Relations stored before sources were told apart came from the starter taxonomy (or the web service,
                // whose few occupations the starter never relates, so its next import replaces them as its own).
                defaultValue: "starter");

            migrationBuilder.AddPrimaryKey(
                name: "pk_occupation_skills",
                schema: "reference",
                table: "occupation_skills",
                columns: new[] { "occupation_uri", "skill_uri", "source" });

            migrationBuilder.CreateTable(
                name: "skill_relations",
                schema: "reference",
                columns: table => new
                {
                    skill_uri = table.Column<string>(type: "text", nullable: false),
                    related_uri = table.Column<string>(type: "text", nullable: false),
                    essential = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_skill_relations", x => new { x.skill_uri, x.related_uri });
                });

            migrationBuilder.CreateIndex(
                name: "ix_skill_relations_related_uri",
                schema: "reference",
                table: "skill_relations",
                column: "related_uri");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "skill_relations",
                schema: "reference");

            migrationBuilder.DropPrimaryKey(
                name: "pk_occupation_skills",
                schema: "reference",
                table: "occupation_skills");

            migrationBuilder.DropColumn(
                name: "hidden_labels_en",
                schema: "reference",
                table: "skills");

            migrationBuilder.DropColumn(
                name: "hidden_labels_nl",
                schema: "reference",
                table: "skills");

            migrationBuilder.DropColumn(
                name: "replaced_by",
                schema: "reference",
                table: "skills");

            migrationBuilder.DropColumn(
                name: "broader_uri",
                schema: "reference",
                table: "occupations");

            migrationBuilder.DropColumn(
                name: "hidden_labels_en",
                schema: "reference",
                table: "occupations");

            migrationBuilder.DropColumn(
                name: "hidden_labels_nl",
                schema: "reference",
                table: "occupations");

            migrationBuilder.DropColumn(
                name: "source",
                schema: "reference",
                table: "occupation_skills");

            migrationBuilder.AddPrimaryKey(
                name: "pk_occupation_skills",
                schema: "reference",
                table: "occupation_skills",
                columns: new[] { "occupation_uri", "skill_uri" });
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Labor.Sectortables.Data.Migrations
{
    /// <inheritdoc />
    public partial class PlansAndFigures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "actions",
                schema: "sectortables",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    table_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<Guid>(type: "uuid", nullable: false),
                    content_baseline = table.Column<decimal>(type: "numeric", nullable: false),
                    content_budget_euros = table.Column<decimal>(type: "numeric", nullable: false),
                    content_indicator = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    content_live_figure = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    content_partners = table.Column<string[]>(type: "text[]", nullable: false),
                    content_period_end = table.Column<DateOnly>(type: "date", nullable: false),
                    content_period_start = table.Column<DateOnly>(type: "date", nullable: false),
                    content_rises = table.Column<bool>(type: "boolean", nullable: false),
                    content_status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    content_target = table.Column<decimal>(type: "numeric", nullable: false),
                    content_target_group = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    content_title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    content_unit = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_actions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "digest_figures",
                schema: "sectortables",
                columns: table => new
                {
                    sector_table = table.Column<string>(type: "text", nullable: false),
                    month = table.Column<DateOnly>(type: "date", nullable: false),
                    digests = table.Column<int>(type: "integer", nullable: false),
                    fits = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_digest_figures", x => new { x.sector_table, x.month });
                });

            migrationBuilder.CreateTable(
                name: "jobseekers",
                schema: "sectortables",
                columns: table => new
                {
                    jobseeker_id = table.Column<Guid>(type: "uuid", nullable: false),
                    registered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    sector_tables = table.Column<string[]>(type: "text[]", nullable: false),
                    municipality = table.Column<string>(type: "text", nullable: true),
                    situation = table.Column<string>(type: "text", nullable: true),
                    profile_changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    erased_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_jobseekers", x => x.jobseeker_id);
                });

            migrationBuilder.CreateTable(
                name: "match_figures",
                schema: "sectortables",
                columns: table => new
                {
                    sector_table = table.Column<string>(type: "text", nullable: false),
                    matches = table.Column<int>(type: "integer", nullable: false),
                    intersectoral_into = table.Column<int>(type: "integer", nullable: false),
                    intersectoral_out_of = table.Column<int>(type: "integer", nullable: false),
                    found_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_match_figures", x => x.sector_table);
                });

            migrationBuilder.CreateTable(
                name: "tables",
                schema: "sectortables",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    name_en = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    plan_status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    approved_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tables", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "vacancies",
                schema: "sectortables",
                columns: table => new
                {
                    vacancy_id = table.Column<Guid>(type: "uuid", nullable: false),
                    sector_tables = table.Column<string[]>(type: "text[]", nullable: false),
                    municipality = table.Column<string>(type: "text", nullable: true),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_vacancies", x => x.vacancy_id);
                });

            migrationBuilder.CreateTable(
                name: "action_changes",
                schema: "sectortables",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    action_id = table.Column<Guid>(type: "uuid", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    by = table.Column<Guid>(type: "uuid", nullable: false),
                    summary = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_action_changes", x => x.id);
                    table.ForeignKey(
                        name: "fk_action_changes_actions_action_id",
                        column: x => x.action_id,
                        principalSchema: "sectortables",
                        principalTable: "actions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "progress_updates",
                schema: "sectortables",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    action_id = table.Column<Guid>(type: "uuid", nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    value = table.Column<decimal>(type: "numeric", nullable: false),
                    note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    recorded_by = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_progress_updates", x => x.id);
                    table.ForeignKey(
                        name: "fk_progress_updates_actions_action_id",
                        column: x => x.action_id,
                        principalSchema: "sectortables",
                        principalTable: "actions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "plan_status_changes",
                schema: "sectortables",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    table_id = table.Column<Guid>(type: "uuid", nullable: false),
                    from = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    to = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    by = table.Column<Guid>(type: "uuid", nullable: false),
                    note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_plan_status_changes", x => x.id);
                    table.ForeignKey(
                        name: "fk_plan_status_changes_tables_table_id",
                        column: x => x.table_id,
                        principalSchema: "sectortables",
                        principalTable: "tables",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_action_changes_action_id",
                schema: "sectortables",
                table: "action_changes",
                column: "action_id");

            migrationBuilder.CreateIndex(
                name: "ix_actions_table_id",
                schema: "sectortables",
                table: "actions",
                column: "table_id");

            migrationBuilder.CreateIndex(
                name: "ix_jobseekers_sector_tables",
                schema: "sectortables",
                table: "jobseekers",
                column: "sector_tables")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_plan_status_changes_table_id",
                schema: "sectortables",
                table: "plan_status_changes",
                column: "table_id");

            migrationBuilder.CreateIndex(
                name: "ix_progress_updates_action_id",
                schema: "sectortables",
                table: "progress_updates",
                column: "action_id");

            migrationBuilder.CreateIndex(
                name: "ix_tables_name",
                schema: "sectortables",
                table: "tables",
                column: "name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_vacancies_sector_tables",
                schema: "sectortables",
                table: "vacancies",
                column: "sector_tables")
                .Annotation("Npgsql:IndexMethod", "gin");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "action_changes",
                schema: "sectortables");

            migrationBuilder.DropTable(
                name: "digest_figures",
                schema: "sectortables");

            migrationBuilder.DropTable(
                name: "jobseekers",
                schema: "sectortables");

            migrationBuilder.DropTable(
                name: "match_figures",
                schema: "sectortables");

            migrationBuilder.DropTable(
                name: "plan_status_changes",
                schema: "sectortables");

            migrationBuilder.DropTable(
                name: "progress_updates",
                schema: "sectortables");

            migrationBuilder.DropTable(
                name: "vacancies",
                schema: "sectortables");

            migrationBuilder.DropTable(
                name: "tables",
                schema: "sectortables");

            migrationBuilder.DropTable(
                name: "actions",
                schema: "sectortables");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Labor.Vacancies.Data.Migrations
{
    /// <summary>
    /// The words of the open vacancies with each one's rank for that word alone (Browse/SearchTerm, ADR 17), kept by a
    /// trigger so that every way a vacancy changes (EF, bulk import, the expiry job, SQL by hand) keeps them right.
    /// </summary>
    public partial class SearchTerms : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "search_terms",
                schema: "vacancies",
                columns: table => new
                {
                    vacancy_id = table.Column<Guid>(type: "uuid", nullable: false),
                    lexeme = table.Column<string>(type: "text", nullable: false),
                    rank = table.Column<float>(type: "real", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_search_terms", x => new { x.vacancy_id, x.lexeme });
                });

            migrationBuilder.CreateIndex(
                name: "ix_search_terms_lexeme_rank_vacancy_id",
                schema: "vacancies",
                table: "search_terms",
                columns: new[] { "lexeme", "rank", "vacancy_id" },
                descending: new[] { false, true, false });

            // A vacancy's rows are replaced when its status, title or description changes (the search vector follows the
            // last two); views and the other columns leave them alone. A word's rank is ts_rank of the vacancy's vector for
            // the query that word alone makes, the one websearch_to_tsquery gives for it: the same real number the search
            // computes, so the same order and the same ties. The quoting is tsquery's own (quote and backslash doubled),
            // which single_word undoes for the search.
            migrationBuilder.Sql("""
                CREATE FUNCTION vacancies.word_query(lexeme text) RETURNS tsquery LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
                    RETURN ('''' || replace(replace(lexeme, '\', '\\'), '''', '''''') || '''')::tsquery;

                -- The other way: the word of a query that is one plain word and nothing else, otherwise null. Not STRICT,
                -- so that the planner can inline it (it refuses for a strict function with a CASE inside) instead of
                -- running it as a function of its own, parsed and planned again for every search.
                CREATE FUNCTION vacancies.single_word(query tsquery) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
                    RETURN CASE WHEN numnode(query) = 1 AND query::text LIKE '''%'''
                        THEN replace(replace(substr(query::text, 2, length(query::text) - 2), '''''', ''''), '\\', '\') END;

                CREATE FUNCTION vacancies.write_search_terms() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP = 'UPDATE' AND NEW.status = OLD.status AND NEW.search_vector = OLD.search_vector THEN
                        RETURN NULL;
                    END IF;
                    IF TG_OP IN ('UPDATE', 'DELETE') THEN
                        DELETE FROM vacancies.search_terms WHERE vacancy_id = OLD.id;
                    END IF;
                    IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.status = 'Published' THEN
                        INSERT INTO vacancies.search_terms (vacancy_id, lexeme, rank)
                        SELECT NEW.id, word.lexeme, ts_rank(NEW.search_vector, vacancies.word_query(word.lexeme))
                        FROM unnest(NEW.search_vector) AS word;
                    END IF;
                    RETURN NULL;
                END
                $$;

                CREATE TRIGGER search_terms AFTER INSERT OR DELETE OR UPDATE OF status, content_title, content_description_text
                    ON vacancies.vacancies FOR EACH ROW EXECUTE FUNCTION vacancies.write_search_terms();

                INSERT INTO vacancies.search_terms (vacancy_id, lexeme, rank)
                SELECT v.id, word.lexeme, ts_rank(v.search_vector, vacancies.word_query(word.lexeme))
                FROM vacancies.vacancies v, unnest(v.search_vector) AS word
                WHERE v.status = 'Published';
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER search_terms ON vacancies.vacancies;
                DROP FUNCTION vacancies.write_search_terms();
                DROP FUNCTION vacancies.word_query(text);
                DROP FUNCTION vacancies.single_word(tsquery);
                """);

            migrationBuilder.DropTable(
                name: "search_terms",
                schema: "vacancies");
        }
    }
}

using Labor.Vacancies.Domain;
using Labor.Vacancies.Edit;
using Npgsql;

namespace Labor.Vacancies.Browse;

/// <summary>
/// The commonest search, one word and nothing else, by relevance, answered from <see cref="SearchTerm"/> (ADR 17): the
/// word's page is read best first from an index and its total counted from the same index, in one prepared statement,
/// instead of ranking every vacancy that contains the word (thousands for "medewerker"). Same items, order and total as
/// the general search gives.
/// </summary>
/// <remarks>
/// Plain Npgsql with a pool of its own: the statement is fixed, and at this price per query what surrounds it counts.
/// The pool skips the session reset Npgsql otherwise sends each time a pooled connection is taken (seven statements,
/// about as much database work as this search itself); nothing here changes session state, so there is nothing to reset.
/// </remarks>
internal sealed class SingleWordSearch : IAsyncDisposable
{
    /// <summary>Enough to keep PostgreSQL's cores busy; more searches at once wait for a connection rather than add ones.</summary>
    private const int MaxConnections = 20;

    private readonly NpgsqlDataSource _dataSource;

    public SingleWordSearch(string connectionString)
    {
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        builder.ConnectionStringBuilder.NoResetOnClose = true;
        builder.ConnectionStringBuilder.MaxPoolSize = Math.Min(builder.ConnectionStringBuilder.MaxPoolSize, MaxConnections);
        _dataSource = builder.Build();
    }

    // The word is PostgreSQL's (websearch_to_tsquery: Dutch stemming, stop words); single_word is null when the query is
    // anything but one plain word, and then the caller searches the general way. MATERIALIZED: the word and the count are
    // worked out once, not once per row of the page.
    internal const string Sql = """
        WITH word AS MATERIALIZED (SELECT vacancies.single_word(websearch_to_tsquery('dutch', $1)) AS lexeme),
        hits AS MATERIALIZED (SELECT count(*) AS total FROM word JOIN vacancies.search_terms t ON t.lexeme = word.lexeme)
        SELECT word.lexeme IS NOT NULL, hits.total, page.id, page.content_title, page.organisation, page.content_sector_tables,
               page.content_workplace_mode, page.content_workplace_municipality, page.content_hours_min, page.content_hours_max,
               page.content_contract_type, page.published_at, page.content_valid_through
        FROM word CROSS JOIN hits
        LEFT JOIN LATERAL (
            SELECT t.rank, v.id, v.content_title, o.name AS organisation, v.content_sector_tables, v.content_workplace_mode,
                   v.content_workplace_municipality, v.content_hours_min, v.content_hours_max, v.content_contract_type,
                   v.published_at, v.content_valid_through
            FROM (SELECT vacancy_id, rank FROM vacancies.search_terms WHERE lexeme = word.lexeme
                  ORDER BY rank DESC, vacancy_id LIMIT $2 OFFSET $3) t
            JOIN vacancies.vacancies v ON v.id = t.vacancy_id
            LEFT JOIN vacancies.organisations o ON o.id = v.organisation_id) page ON true
        ORDER BY page.rank DESC, page.id
        """;

    /// <returns>Null when the words are not one plain word to the database: the general search answers those.</returns>
    public async Task<VacancySearchResult?> SearchAsync(string word, int page, int pageSize, CancellationToken cancellationToken)
    {
        await using NpgsqlConnection connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(Sql, connection)
        {
            Parameters = { new() { Value = word }, new() { Value = pageSize }, new() { Value = (page - 1) * pageSize } },
        };
        // Prepared once per pooled connection, then only executed: planning this statement costs more than running it.
        await command.PrepareAsync(cancellationToken);
        await using NpgsqlDataReader reader = await command.ExecuteReaderAsync(cancellationToken);
        var items = new List<VacancySummary>(pageSize);
        long total = 0;
        while (await reader.ReadAsync(cancellationToken))
        {
            if (!reader.GetBoolean(0))
            {
                return null;
            }

            total = reader.GetInt64(1);
            if (reader.IsDBNull(2))
            {
                break; // no vacancy has the word, or the page lies beyond the last one
            }

            items.Add(new VacancySummary(
                reader.GetGuid(2),
                reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4),
                reader.GetFieldValue<string[]>(5),
                Codes.Of(Codes.WorkplaceModes, Enum.Parse<WorkplaceMode>(reader.GetString(6))),
                reader.IsDBNull(7) ? null : reader.GetString(7),
                reader.GetInt32(8),
                reader.GetInt32(9),
                Codes.Of(Codes.ContractTypes, Enum.Parse<ContractType>(reader.GetString(10))),
                reader.IsDBNull(11) ? null : reader.GetFieldValue<DateTimeOffset>(11),
                reader.GetFieldValue<DateOnly>(12),
                null));
        }

        return new VacancySearchResult(checked((int)total), page, pageSize, items);
    }

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();
}

using System.Globalization;
using System.Text;
using FluentValidation;
using Labor.Reference.Contracts;
using Labor.Vacancies.Domain;
using Labor.Vacancies.Content;
using Npgsql;

namespace Labor.Vacancies.Browse;

/// <summary>What a person looking for work can ask of the vacancy bank; every filter optional.</summary>
/// <param name="Q">Words, in Dutch; searched in titles (weighing more) and descriptions with PostgreSQL's Dutch stemming.</param>
/// <param name="RadiusKm">With <paramref name="Municipality"/>: workplaces within this distance of its centre (remote work included).</param>
/// <param name="Education">The searcher's own level: vacancies asking no more than that.</param>
/// <param name="Sort">relevance (default with words), newest (default without), closing.</param>
internal sealed record VacancySearchQuery(
    string? Q, string? Sector, string? Municipality, int? RadiusKm, int? HoursMin, int? HoursMax, string? Education,
    string? Occupation, string? Skill, string? Sort, int? Page, int? PageSize)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 50;
}

internal sealed class VacancySearchQueryValidator : AbstractValidator<VacancySearchQuery>
{
    private static readonly string[] Sorts = ["relevance", "newest", "closing"];

    public VacancySearchQueryValidator(IReferenceData region)
    {
        RuleFor(q => q.Q).MaximumLength(200);
        RuleFor(q => q.Sector).Must(name => name is null || region.FindSectorTable(name) is not null).WithMessage("Unknown sector table.");
        RuleFor(q => q.Municipality).Must(name => name is null || region.FindMunicipality(name) is not null).WithMessage("One of the 20 municipalities of Regio Zwolle.");
        RuleFor(q => q.RadiusKm).InclusiveBetween(1, 200);
        RuleFor(q => q.Municipality).NotEmpty().When(q => q.RadiusKm is not null).WithMessage("A radius needs a municipality to measure from.");
        RuleFor(q => q.HoursMin).InclusiveBetween(1, VacancyRequestValidator.MaxHoursPerWeek);
        RuleFor(q => q.HoursMax).InclusiveBetween(1, VacancyRequestValidator.MaxHoursPerWeek);
        RuleFor(q => q.HoursMin).LessThanOrEqualTo(q => q.HoursMax).When(q => q.HoursMin is not null && q.HoursMax is not null)
            .WithMessage("The minimum hours must not be more than the maximum.");
        RuleFor(q => q.Education).Must(code => code is null || region.FindEducationLevel(code) is not null).WithMessage("Unknown education level.");
        RuleFor(q => q.Sort).Must(sort => sort is null || Sorts.Contains(sort)).WithMessage("Use relevance, newest or closing.");
        RuleFor(q => q.Page).InclusiveBetween(1, 10_000);
        RuleFor(q => q.PageSize).InclusiveBetween(1, VacancySearchQuery.MaxPageSize);
    }
}

internal sealed record VacancySearchResult(int Total, int Page, int PageSize, IReadOnlyList<VacancySummary> Items);

/// <param name="DistanceKm">From the searched municipality's centre, when a radius was given; null for remote work.</param>
internal sealed record VacancySummary(
    Guid Id, string Title, string? Organisation, IReadOnlyList<string> SectorTables, string WorkplaceMode, string? Municipality,
    int HoursMin, int HoursMax, string ContractType, DateTimeOffset? PublishedAt, DateOnly ValidThrough, double? DistanceKm);

/// <summary>
/// The search itself, in hand-written SQL on a pool of its own (ADR 17): one word alone by relevance from the word index
/// (<see cref="SearchTerm"/>), in one prepared statement; everything else as a count and a page of the open vacancies
/// that match, sent together in one round trip.
/// </summary>
/// <remarks>
/// Not EF: at this price per query, what surrounded the SQL (a DbContext and its options per request, the LINQ cache
/// lookup of a tree built anew each time, a round trip per query) cost the host more than PostgreSQL spent answering.
/// The pool skips the session reset Npgsql otherwise sends each time it lends a connection (seven statements, about as
/// much database work as a one-word search): nothing here changes session state, so there is nothing to reset.
/// </remarks>
internal sealed class VacancySearch : IAsyncDisposable
{
    /// <summary>Enough to keep PostgreSQL's cores busy; more searches at once wait for a connection rather than add ones.</summary>
    private const int MaxConnections = 20;

    /// <summary>What a result row shows, in the order <see cref="Summary"/> reads it; v is the vacancy.</summary>
    private const string Columns = """
        v.id, v.content_title, (SELECT o.name FROM vacancies.organisations o WHERE o.id = v.organisation_id) AS organisation,
        v.content_sector_tables, v.content_workplace_mode, v.content_workplace_municipality, v.content_hours_min,
        v.content_hours_max, v.content_contract_type, v.published_at, v.content_valid_through, v.content_workplace_latitude,
        v.content_workplace_longitude
        """;

    /// <summary>
    /// One word, its page and total from the word index. The word is PostgreSQL's (websearch_to_tsquery: Dutch stemming,
    /// stop words); single_word is null when the words are anything but one plain word, and then the general search
    /// answers (given a column, not the parse itself, single_word is inlined: the planner will not copy a costly argument
    /// into the four places the function uses it). MATERIALIZED: the word and the count are worked out once, not once per
    /// row of the page. Columns: whether
    /// it was one word, the total, the rank, then <see cref="Columns"/> (null when no vacancy is on the page).
    /// </summary>
    internal const string OneWordSql = $"""
        WITH word AS MATERIALIZED (SELECT vacancies.single_word(query) AS lexeme FROM websearch_to_tsquery('dutch', $1) AS query),
        hits AS MATERIALIZED (SELECT count(*) AS total FROM word JOIN vacancies.search_terms t ON t.lexeme = word.lexeme)
        SELECT word.lexeme IS NOT NULL, hits.total, page.*
        FROM word CROSS JOIN hits
        LEFT JOIN LATERAL (
            SELECT t.rank, {Columns}
            FROM (SELECT vacancy_id, rank FROM vacancies.search_terms WHERE lexeme = word.lexeme
                  ORDER BY rank DESC, vacancy_id LIMIT $2 OFFSET $3) t
            JOIN vacancies.vacancies v ON v.id = t.vacancy_id) page ON true
        ORDER BY page.rank DESC, page.id
        """;

    private readonly NpgsqlDataSource _dataSource;
    private readonly IReferenceData _region;
    private readonly IVocabulary _vocabulary;

    public VacancySearch(string connectionString, IReferenceData region, IVocabulary vocabulary)
    {
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        builder.ConnectionStringBuilder.NoResetOnClose = true;
        // The one prepared statement is planned once: PostgreSQL would otherwise plan it anew for each word (its first
        // executions, and then whenever a custom plan looks cheaper), and planning it costs more than running it. The
        // general search's statements are not prepared, so they are still planned for their own values.
        builder.ConnectionStringBuilder.Options = "-c plan_cache_mode=force_generic_plan";
        builder.ConnectionStringBuilder.MaxPoolSize = Math.Min(builder.ConnectionStringBuilder.MaxPoolSize, MaxConnections);
        _dataSource = builder.Build();
        _region = region;
        _vocabulary = vocabulary;
    }

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    public async Task<VacancySearchResult> SearchAsync(VacancySearchQuery query, CancellationToken cancellationToken)
    {
        (string? words, string sort, int page, int pageSize) = Read(query);
        await using NpgsqlConnection connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        if (OneWord(query, words, sort) is { } word && await OneWordAsync(connection, word, page, pageSize, cancellationToken) is { } answer)
        {
            return answer;
        }

        GeneralSearch general = General(query, words, sort, page, pageSize);
        await using var batch = new NpgsqlBatch(connection) { BatchCommands = { general.Count.Command(), general.Page.Command() } };
        await using NpgsqlDataReader reader = await batch.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        int total = checked((int)reader.GetInt64(0));
        await reader.NextResultAsync(cancellationToken);
        var items = new List<VacancySummary>(pageSize);
        while (await reader.ReadAsync(cancellationToken))
        {
            items.Add(Summary(reader, 0, general.Centre));
        }

        return new VacancySearchResult(total, page, pageSize, items);
    }

    /// <summary>The statements a search sends (for the search benchmark's EXPLAIN): the one-word statement when it may answer.</summary>
    internal IReadOnlyList<Statement> Statements(VacancySearchQuery query)
    {
        (string? words, string sort, int page, int pageSize) = Read(query);
        GeneralSearch general = General(query, words, sort, page, pageSize);
        return OneWord(query, words, sort) is { } word ? [OneWordStatement(word, page, pageSize)] : [general.Count, general.Page];
    }

    private static (string? Words, string Sort, int Page, int PageSize) Read(VacancySearchQuery query)
    {
        string? words = string.IsNullOrWhiteSpace(query.Q) ? null : query.Q.Trim();
        return (words, query.Sort ?? (words is null ? "newest" : "relevance"), query.Page ?? 1, query.PageSize ?? VacancySearchQuery.DefaultPageSize);
    }

    /// <returns>The word when one word alone, by relevance and without filters, is asked (the database has the last say).</returns>
    private string? OneWord(VacancySearchQuery query, string? words, string sort) =>
        words is not null && !words.Any(char.IsWhiteSpace) && sort == "relevance" && !Filtered(query) ? words : null;

    private static Statement OneWordStatement(string word, int page, int pageSize) => new(OneWordSql, [word, pageSize, (page - 1) * pageSize]);

    /// <returns>Null when the words are not one plain word to the database.</returns>
    private static async Task<VacancySearchResult?> OneWordAsync(
        NpgsqlConnection connection, string word, int page, int pageSize, CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch(connection) { BatchCommands = { OneWordStatement(word, page, pageSize).Command() } };
        // Prepared once per pooled connection, then only executed: planning this statement costs more than running it.
        await batch.PrepareAsync(cancellationToken);
        await using NpgsqlDataReader reader = await batch.ExecuteReaderAsync(cancellationToken);
        var items = new List<VacancySummary>(pageSize);
        long total = 0;
        while (await reader.ReadAsync(cancellationToken))
        {
            if (!reader.GetBoolean(0))
            {
                return null;
            }

            total = reader.GetInt64(1);
            if (reader.IsDBNull(3))
            {
                break; // no vacancy has the word, or the page lies beyond the last one
            }

            items.Add(Summary(reader, 3, null));
        }

        return new VacancySearchResult(checked((int)total), page, pageSize, items);
    }

    /// <summary>Whether anything but the words narrows the search: exactly the cases in which <see cref="General"/> adds a condition.</summary>
    private bool Filtered(VacancySearchQuery query) =>
        _region.FindSectorTable(query.Sector) is not null || _region.FindMunicipality(query.Municipality) is not null
        || query.HoursMin is not null || query.HoursMax is not null || _region.FindEducationLevel(query.Education) is not null
        || !string.IsNullOrWhiteSpace(query.Occupation) || !string.IsNullOrWhiteSpace(query.Skill);

    /// <summary>The count and the page: the same conditions, every value a parameter.</summary>
    private GeneralSearch General(VacancySearchQuery query, string? words, string sort, int page, int pageSize)
    {
        var where = new StringBuilder("v.status = 'Published'");
        var values = new List<object>();
        string Parameter(object value)
        {
            values.Add(value);
            return string.Create(CultureInfo.InvariantCulture, $"${values.Count}");
        }

        string? wordsQuery = null;
        if (words is not null)
        {
            wordsQuery = $"websearch_to_tsquery('dutch', {Parameter(words)})";
            where.Append(CultureInfo.InvariantCulture, $" AND v.search_vector @@ {wordsQuery}");
        }

        // Arrays are matched by overlap (&&), which the GIN indexes on them answer; "= ANY" could use no index.
        if (_region.FindSectorTable(query.Sector) is { } table)
        {
            where.Append(CultureInfo.InvariantCulture, $" AND v.content_sector_tables && {Parameter(new[] { table.Name })}");
        }

        GeoPoint? centre = null;
        if (_region.FindMunicipality(query.Municipality) is { } municipality)
        {
            if (query.RadiusKm is int radius)
            {
                centre = municipality.Centre;
                where.Append(" AND ").Append(WithinRadius(municipality.Centre, radius, Parameter));
            }
            else
            {
                where.Append(CultureInfo.InvariantCulture, $" AND v.content_workplace_municipality = {Parameter(municipality.Name)}");
            }
        }

        if (query.HoursMin is int wantedMin)
        {
            where.Append(CultureInfo.InvariantCulture, $" AND v.content_hours_max >= {Parameter(wantedMin)}");
        }

        if (query.HoursMax is int wantedMax)
        {
            where.Append(CultureInfo.InvariantCulture, $" AND v.content_hours_min <= {Parameter(wantedMax)}");
        }

        if (_region.FindEducationLevel(query.Education) is { } level)
        {
            string[] allowed = [.. _region.EducationLevels.Where(l => level.IsAtLeast(l)).Select(l => l.Code)];
            where.Append(CultureInfo.InvariantCulture,
                $" AND (v.content_minimum_education = ANY({Parameter(allowed)}) OR v.content_experience_replaces_education)");
        }

        if (!string.IsNullOrWhiteSpace(query.Occupation))
        {
            string occupation = _vocabulary.FindOccupation(query.Occupation)?.Uri ?? query.Occupation;
            where.Append(CultureInfo.InvariantCulture, $" AND v.content_occupation_uri = {Parameter(occupation)}");
        }

        if (!string.IsNullOrWhiteSpace(query.Skill))
        {
            // A replaced regional skill (ADR 12) finds vacancies under either name until stored ones are moved.
            string skill = Parameter(new[] { query.Skill, _vocabulary.FindSkill(query.Skill)?.Uri ?? query.Skill });
            where.Append(CultureInfo.InvariantCulture, $" AND (v.content_essential_skills && {skill} OR v.content_optional_skills && {skill})");
        }

        string order = sort switch
        {
            "relevance" when wordsQuery is not null => $"ts_rank(v.search_vector, {wordsQuery}) DESC, v.id",
            "closing" => "v.content_valid_through, v.id",
            _ => "v.published_at DESC, v.id",
        };
        var count = new Statement($"SELECT count(*) FROM vacancies.vacancies v WHERE {where}", [.. values]);
        string pageSql = string.Create(CultureInfo.InvariantCulture,
            $"SELECT {Columns} FROM vacancies.vacancies v WHERE {where} ORDER BY {order} LIMIT {Parameter(pageSize)} OFFSET {Parameter((page - 1) * pageSize)}");
        return new GeneralSearch(count, new Statement(pageSql, [.. values]), centre);
    }

    /// <summary>
    /// A bounding box the indexes can use, then the distance on the platform's flat map (<see cref="GeoPoint"/>, the one
    /// matching measures with too); remote work is anywhere.
    /// </summary>
    private static string WithinRadius(GeoPoint centre, int radiusKm, Func<object, string> parameter)
    {
        double dLat = radiusKm / GeoPoint.KmPerDegreeLatitude;
        double dLon = radiusKm / GeoPoint.KmPerDegreeLongitude;
        const string Latitude = "v.content_workplace_latitude";
        const string Longitude = "v.content_workplace_longitude";
        return string.Create(CultureInfo.InvariantCulture, $"""
            ({Latitude} IS NULL OR ({Latitude} >= {parameter(centre.Latitude - dLat)} AND {Latitude} <= {parameter(centre.Latitude + dLat)}
                AND {Longitude} >= {parameter(centre.Longitude - dLon)} AND {Longitude} <= {parameter(centre.Longitude + dLon)}
                AND power(({Latitude} - {parameter(centre.Latitude)}) * {GeoPoint.KmPerDegreeLatitude}, 2)
                    + power(({Longitude} - {parameter(centre.Longitude)}) * {GeoPoint.KmPerDegreeLongitude}, 2) <= {parameter((double)radiusKm * radiusKm)}))
            """);
    }

    /// <summary>A result row from <see cref="Columns"/>, which start at <paramref name="first"/>.</summary>
    private static VacancySummary Summary(NpgsqlDataReader row, int first, GeoPoint? centre)
    {
        double? latitude = row.IsDBNull(first + 11) ? null : row.GetDouble(first + 11);
        double? longitude = row.IsDBNull(first + 12) ? null : row.GetDouble(first + 12);
        return new VacancySummary(
            row.GetGuid(first),
            row.GetString(first + 1),
            row.IsDBNull(first + 2) ? null : row.GetString(first + 2),
            row.GetFieldValue<string[]>(first + 3),
            Codes.WorkplaceModes[Enum.Parse<WorkplaceMode>(row.GetString(first + 4))],
            row.IsDBNull(first + 5) ? null : row.GetString(first + 5),
            row.GetInt32(first + 6),
            row.GetInt32(first + 7),
            Codes.ContractTypes[Enum.Parse<ContractType>(row.GetString(first + 8))],
            row.IsDBNull(first + 9) ? null : row.GetFieldValue<DateTimeOffset>(first + 9),
            row.GetFieldValue<DateOnly>(first + 10),
            centre is { } from && latitude is double lat && longitude is double lon
                ? Math.Round(from.DistanceKmTo(new GeoPoint(lat, lon)), 1)
                : null);
    }

    /// <summary>SQL and its positional parameters' values.</summary>
    internal sealed record Statement(string Sql, object[] Values)
    {
        public NpgsqlBatchCommand Command()
        {
            var command = new NpgsqlBatchCommand(Sql);
            foreach (object value in Values)
            {
                command.Parameters.Add(new NpgsqlParameter { Value = value });
            }

            return command;
        }
    }

    /// <summary>
    /// The general search's count and page, sent as one batch: unprepared, so that each is planned for its own values (a
    /// common word and a rare one want different plans), as EF's queries were.
    /// </summary>
    internal sealed record GeneralSearch(Statement Count, Statement Page, GeoPoint? Centre);
}

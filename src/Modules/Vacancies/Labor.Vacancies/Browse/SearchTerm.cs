namespace Labor.Vacancies.Browse;

/// <summary>
/// One word (a lexeme of the search vector) of an open vacancy, with the rank PostgreSQL's ts_rank gives that vacancy
/// when the word is searched alone: a search for one word reads its vacancies best first from an index instead of
/// ranking every vacancy that contains it (ADR 17). Written only by the database: a trigger on the vacancies table
/// (migration SearchTerms) replaces a vacancy's rows in the same transaction whenever its status, title or
/// description changes, so the rows always describe exactly the open vacancies.
/// </summary>
internal sealed class SearchTerm
{
    private SearchTerm()
    {
    }

    public Guid VacancyId { get; private init; }

    public string Lexeme { get; private init; } = "";

    /// <summary>ts_rank(search_vector, the word as a query), stored as PostgreSQL computed it (real), so the order is the same.</summary>
    public float Rank { get; private init; }
}

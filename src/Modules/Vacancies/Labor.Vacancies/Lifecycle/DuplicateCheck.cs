using Labor.Vacancies.Data;
using Labor.Vacancies.Domain;
using Microsoft.EntityFrameworkCore;

namespace Labor.Vacancies.Lifecycle;

/// <summary>
/// A near-duplicate is another open vacancy of the same employer for the same occupation whose title shares most of
/// its words and whose text shares most of its three-word phrases. Closed vacancies never count: reposting after
/// closing is not a duplicate.
/// </summary>
internal static class DuplicateCheck
{
    private const double TitleOverlap = 0.6;
    private const double TextOverlap = 0.7;

    public static async Task<Guid?> FindAsync(VacanciesDbContext db, Vacancy vacancy, CancellationToken cancellationToken)
    {
        List<Vacancy> candidates = await db.Vacancies.AsNoTracking()
            .Where(v => v.OrganisationId == vacancy.OrganisationId && v.Id != vacancy.Id && v.Status == VacancyStatus.Published
                        && v.Content.OccupationUri == vacancy.Content.OccupationUri)
            .ToListAsync(cancellationToken);
        return candidates
            .Where(other => Similar(other, vacancy))
            .OrderBy(other => other.Id)
            .Select(other => (Guid?)other.Id)
            .FirstOrDefault();
    }

    /// <summary>The same occupation, a title sharing most words, a text sharing most three-word phrases.</summary>
    public static bool Similar(Vacancy a, Vacancy b) =>
        a.Content.OccupationUri == b.Content.OccupationUri
        && Overlap(Words(a.Content.Title), Words(b.Content.Title)) >= TitleOverlap
        && Overlap(Shingles(a.Content.DescriptionText), Shingles(b.Content.DescriptionText)) >= TextOverlap;

    private static string[] Words(string text) =>
        text.ToLowerInvariant().Split([' ', ',', '.', '/', '-', '(', ')', ':', ';', '!', '?'], StringSplitOptions.RemoveEmptyEntries);

    private static HashSet<string> Shingles(string text)
    {
        string[] words = Words(text);
        return words.Length < 3 ? [.. words] : [.. Enumerable.Range(0, words.Length - 2).Select(i => $"{words[i]} {words[i + 1]} {words[i + 2]}")];
    }

    /// <summary>Jaccard similarity: shared items over all items.</summary>
    private static double Overlap(IEnumerable<string> a, IEnumerable<string> b)
    {
        var left = a.ToHashSet();
        var right = b.ToHashSet();
        int union = left.Union(right).Count();
        return union == 0 ? 1 : (double)left.Intersect(right).Count() / union;
    }
}

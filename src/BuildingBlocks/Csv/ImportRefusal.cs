using Labor.BuildingBlocks.Outcomes;

namespace Labor.BuildingBlocks.Csv;

public static class ImportRefusal
{
    /// <summary>An import that changed nothing: every problem in <c>problems</c>, by file, row and field.</summary>
    public static Refusal Of(string title, IReadOnlyList<ImportError> problems) => Refusal.Rejected(
        title,
        $"{problems.Count} problem(s){(problems.Count >= ImportErrors.Limit ? $" (the first {ImportErrors.Limit})" : "")}; each names the file, row (the header is row 1) and field.",
        new Dictionary<string, object?> { [Problems] = problems });

    /// <summary>The problems of an import's refusal, for a page or a command line to list.</summary>
    public static IReadOnlyList<ImportError> ProblemsOf(Refusal refusal) =>
        refusal.Extensions?.GetValueOrDefault(Problems) as IReadOnlyList<ImportError> ?? [];

    private const string Problems = "problems";
}

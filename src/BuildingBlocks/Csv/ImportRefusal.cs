using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Labor.BuildingBlocks.Csv;

public static class ImportRefusal
{
    /// <summary>The 400 for an import that changed nothing: every problem in <c>problems</c>, by file, row and field.</summary>
    public static ProblemHttpResult Problem(string title, IReadOnlyList<ImportError> problems) => TypedResults.Problem(
        statusCode: StatusCodes.Status400BadRequest,
        title: title,
        detail: $"{problems.Count} problem(s){(problems.Count >= ImportErrors.Limit ? $" (the first {ImportErrors.Limit})" : "")}; each names the file, row (the header is row 1) and field.",
        extensions: new Dictionary<string, object?> { ["problems"] = problems });
}

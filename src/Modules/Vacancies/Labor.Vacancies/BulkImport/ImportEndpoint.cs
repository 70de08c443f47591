using System.Security.Claims;
using Labor.BuildingBlocks.Csv;
using Labor.BuildingBlocks.Outcomes;
using Labor.BuildingBlocks.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Labor.Vacancies.BulkImport;

internal static class ImportEndpoint
{
    public const long MaxFileBytes = 5 * 1024 * 1024;

    /// <summary>
    /// The file plus room for the multipart framing. Kestrel refuses a larger body with 413 as it arrives; a file in
    /// between is refused by its length (ADR 14).
    /// </summary>
    public const long MaxRequestBytes = MaxFileBytes + (64 * 1024);

    // Cookie sign-in is SameSite=Lax, so no other site can post a form here with an employer's cookie. The form is
    // read in the handler rather than bound, so that authorization answers before any content-type check.
    public static void Map(IEndpointRouteBuilder vacancies) =>
        vacancies.MapPost("/import", ImportAsync).RequireAuthorization(Policies.Employer)
            .WithMetadata(new RequestSizeLimitAttribute(MaxRequestBytes))
            .WithName("ImportVacancies")
            .WithSummary("Imports a CSV of vacancies (multipart, part 'file'): all rows valid and stored, or none, with a report per row.");

    private static async Task<Results<Ok<VacancyImportReport>, ProblemHttpResult>> ImportAsync(
        HttpRequest request, ClaimsPrincipal employer, VacancyImport import, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType || (await request.ReadFormAsync(cancellationToken)).Files.GetFile("file") is not { } file)
        {
            return Refusal.Invalid("file", "Send the CSV as multipart/form-data, in a part named 'file'.").ToProblem();
        }

        if (file.Length > MaxFileBytes)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: $"The file is larger than {MaxFileBytes / (1024 * 1024)} MB; split it into smaller files.");
        }

        await using Stream content = file.OpenReadStream();
        VacancyImportReport report = await import.ImportAsync(content, file.FileName, employer, cancellationToken);
        return report.Problems.Count == 0
            ? TypedResults.Ok(report)
            : ImportRefusal.Of("The import was refused; no vacancy was stored.", report.Problems).ToProblem();
    }
}

using Labor.BuildingBlocks.Csv;
using Labor.BuildingBlocks.Outcomes;
using Labor.BuildingBlocks.Security;
using Labor.Reference.Data;
using Labor.Reference.Vocabulary;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Labor.Reference.Import;

/// <summary>Admins load an ESCO download into the vocabulary and see what earlier imports brought.</summary>
internal static class ImportApi
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        RouteGroupBuilder imports = endpoints.MapGroup("/api/admin/vocabulary/imports").WithTags("Admin").RequireAuthorization(Policies.Admin);
        // Cookie sign-in is SameSite=Lax, so no other site can post a form here with an admin's cookie. The form is read
        // in the handler rather than bound, so that authorization answers before any content-type check.
        imports.MapPost("", ImportAsync)
            .WithFormOptions(multipartBodyLengthLimit: VocabularyOptions.DefaultMaxUploadBytes)
            .WithMetadata(new RequestSizeLimitAttribute(VocabularyOptions.DefaultMaxUploadBytes))
            .WithSummary("Imports an ESCO download (multipart: the official zip archives, or its CSV files named as in the download). All or nothing; one import at a time.");
        imports.MapGet("", async (ReferenceDbContext db, CancellationToken cancellationToken) =>
                TypedResults.Ok(await db.Imports.AsNoTracking().OrderByDescending(i => i.Id).Take(50).Select(i => ImportSummary.Of(i)).ToListAsync(cancellationToken)))
            .WithSummary("The last 50 completed imports, newest first.");
    }

    private static async Task<Results<Ok<ImportSummary>, ProblemHttpResult>> ImportAsync(
        HttpRequest request, VocabularyImporter importer, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
        {
            return Refusal.Invalid("files", "Send the ESCO CSV files as multipart/form-data, one part per file.").ToProblem();
        }

        IFormCollection form = await request.ReadFormAsync(cancellationToken);
        return Answer(await importer.ImportEscoAsync(EscoDownload.FromUpload(form.Files), cancellationToken));
    }

    public static Results<Ok<ImportSummary>, ProblemHttpResult> Answer(Result<ImportRecord> outcome) =>
        outcome.Value is { } record ? TypedResults.Ok(ImportSummary.Of(record)) : outcome.Refusal!.ToProblem();
}

internal sealed record ImportSummary(long Id, string Source, DateTimeOffset CompletedAt, int Occupations, int Skills, int Relations, int Courses)
{
    public static ImportSummary Of(ImportRecord record) =>
        new(record.Id, record.Source, record.CompletedAt, record.Occupations, record.Skills, record.Relations, record.Courses);
}

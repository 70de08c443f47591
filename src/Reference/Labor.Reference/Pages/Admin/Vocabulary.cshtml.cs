using Labor.BuildingBlocks.Csv;
using Labor.BuildingBlocks.Outcomes;
using Labor.BuildingBlocks.Security;
using Labor.Reference.Contracts;
using Labor.Reference.Data;
using Labor.Reference.Import;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Labor.Reference.Pages.Admin;

/// <summary>An admin sees what the vocabulary holds and loads an ESCO download into it.</summary>
[Authorize(Policy = Policies.Admin)]
[RequestFormLimits(MultipartBodyLengthLimit = Vocabulary.VocabularyOptions.DefaultMaxUploadBytes)]
[RequestSizeLimit(Vocabulary.VocabularyOptions.DefaultMaxUploadBytes)]
internal sealed class VocabularyModel(IVocabulary vocabulary, ReferenceDbContext db, VocabularyImporter importer) : PageModel
{
    public VocabularySize Size => vocabulary.Size;

    public IReadOnlyList<ImportSummary> Imports { get; private set; } = [];

    public ImportSummary? Imported { get; private set; }

    public IReadOnlyList<ImportError> Problems { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadImportsAsync(cancellationToken);

    public async Task OnPostAsync(IFormFileCollection files, CancellationToken cancellationToken)
    {
        Result<ImportRecord> outcome = await importer.ImportEscoAsync(EscoDownload.FromUpload(files), cancellationToken);
        Imported = outcome.Value is { } record ? ImportSummary.Of(record) : null;
        if (outcome.Refusal is { } refusal)
        {
            Problems = ImportRefusal.ProblemsOf(refusal);
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        await LoadImportsAsync(cancellationToken);
    }

    private async Task LoadImportsAsync(CancellationToken cancellationToken) =>
        Imports = await db.Imports.AsNoTracking().OrderByDescending(i => i.Id).Take(20).Select(i => ImportSummary.Of(i)).ToListAsync(cancellationToken);
}

using FluentValidation;
using Labor.BuildingBlocks.Security;
using Labor.BuildingBlocks.Outcomes;
using Labor.BuildingBlocks.Web;
using Labor.Sectortables.Domain;
using Labor.Sectortables.Tables;
using Labor.Sectortables.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Labor.Sectortables.Pages.Tables;

/// <summary>All tables with their plan's status and their actions' progress; an admin adds a table here.</summary>
[Authorize(Policy = Policies.SectorTableReader)]
internal sealed class OverviewModel(TableReader tables, TableChanges changes, IValidator<TableRequest> tableRules, IStringLocalizer<Texts> text) : FormPage
{
    public IReadOnlyList<TableSummary> Tables { get; private set; } = [];

    public bool IsAdmin => User.IsInRole(Roles.Admin);

    [BindProperty(SupportsGet = true)]
    public Guid? Added { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Tables = await tables.ListAsync(User, cancellationToken);

    public async Task<IActionResult> OnPostAsync(string? name, string? nameEn, CancellationToken cancellationToken)
    {
        if (!IsAdmin)
        {
            return Forbid();
        }

        var request = new TableRequest(name, nameEn);
        var validation = await tableRules.ValidateAsync(request, cancellationToken);
        Result<Table> outcome = validation.IsValid ? await changes.AddAsync(request, cancellationToken) : Refusal.Invalid(ValidationNames.Errors(validation));
        if (outcome.Value is { } table)
        {
            return RedirectToPage(null, null, new { added = table.Id }, "sector-tables");
        }

        AddErrors(text, outcome.Refusal!.Errors.Keys);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        Tables = await tables.ListAsync(User, cancellationToken);
        return Page();
    }
}

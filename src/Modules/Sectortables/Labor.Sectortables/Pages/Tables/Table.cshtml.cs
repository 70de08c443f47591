using FluentValidation;
using Labor.BuildingBlocks.Security;
using Labor.BuildingBlocks.Web;
using Labor.Sectortables.Actions;
using Labor.Sectortables.Domain;
using Labor.Sectortables.Plans;
using Labor.Sectortables.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Labor.Sectortables.Pages.Tables;

/// <summary>A table's plan, actions with their charts, and live figures; its own leads move the plan and record progress.</summary>
[Authorize(Policy = Policies.SectorTableReader)]
internal sealed class TableModel(TablePlans plans, IValidator<ProgressRequest> progressRules, IStringLocalizer<Texts> text) : FormPage
{
    public TableView Table { get; private set; } = null!;

    /// <summary>The action whose progress form has errors, to show them beside it.</summary>
    public Guid? ProgressErrorsFor { get; private set; }

    public IEnumerable<string> NextStatuses => PlanStatuses.Codes
        .Where(c => PlanStatuses.TryParse(Table.PlanStatus, out PlanStatus from) && PlanStatuses.CanMove(from, c.Key)).Select(c => c.Value);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostPlanAsync(Guid id, string? status, string? note, CancellationToken cancellationToken)
    {
        Outcome<Table> outcome = await plans.MovePlanAsync(id, new PlanStatusRequest(status, note), User, cancellationToken);
        return await AnswerAsync(id, outcome.Missing, outcome.Refused, outcome.Errors?.Keys, "plan", cancellationToken);
    }

    public async Task<IActionResult> OnPostProgressAsync(Guid id, Guid actionId, DateOnly? date, decimal? value, string? note, CancellationToken cancellationToken)
    {
        var request = new ProgressRequest(date, value, note);
        var validation = await progressRules.ValidateAsync(request, cancellationToken);
        if (!validation.IsValid)
        {
            ProgressErrorsFor = actionId;
            return await AnswerAsync(id, false, false, validation.Errors.Select(e => e.PropertyName), $"action-{actionId}", cancellationToken);
        }

        Outcome<TableAction> outcome = await plans.RecordProgressAsync(id, actionId, request, User, cancellationToken);
        return await AnswerAsync(id, outcome.Missing, outcome.Refused, outcome.Errors?.Keys, $"action-{actionId}", cancellationToken);
    }

    private async Task<IActionResult> AnswerAsync(Guid id, bool missing, bool refused, IEnumerable<string>? errors, string anchor, CancellationToken cancellationToken)
    {
        if (missing || !await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (refused)
        {
            return Forbid();
        }

        if (errors is not null)
        {
            AddErrors(text, errors);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        return RedirectToPage(null, null, new { id }, anchor);
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        TableView? table = await plans.FindAsync(id, User, cancellationToken);
        Table = table!;
        return table is not null;
    }
}

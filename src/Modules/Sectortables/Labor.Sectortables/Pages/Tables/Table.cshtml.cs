using FluentValidation;
using Labor.BuildingBlocks.Security;
using Labor.BuildingBlocks.Outcomes;
using Labor.BuildingBlocks.Web;
using Labor.Sectortables.Actions;
using Labor.Sectortables.Domain;
using Labor.Sectortables.People;
using Labor.Sectortables.Plans;
using Labor.Sectortables.Resources;
using Labor.Sectortables.Tables;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Labor.Sectortables.Pages.Tables;

/// <summary>
/// A table's people, plan, actions with their charts, and live figures; its own leads move the plan and record
/// progress, an admin seats and removes its people.
/// </summary>
[Authorize(Policy = Policies.SectorTableReader)]
internal sealed class TableModel(
    TableReader tables, PlanSteps plans, TableActions actions, TablePeople people, IValidator<ProgressRequest> progressRules, IValidator<PersonRequest> personRules, IStringLocalizer<Texts> text) : FormPage
{
    public TableView Table { get; private set; } = null!;

    /// <summary>Set after an admin seated an address that had no account: an invitation went out.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Invited { get; set; }

    public bool IsAdmin => User.IsInRole(Roles.Admin);

    public int Seated(string function) => Table.People.Count(p => p.Function == function);

    /// <returns>null when the account is gone (an invitation nobody took up is removed after a week).</returns>
    public string? EmailOf(Guid accountId) => Table.Emails.GetValueOrDefault(accountId);

    /// <summary>The action whose progress form has errors, to show them beside it.</summary>
    public Guid? ProgressErrorsFor { get; private set; }

    public IEnumerable<string> NextStatuses => PlanStatuses.Codes.Entries
        .Where(c => PlanStatuses.Codes.TryParse(Table.PlanStatus, out PlanStatus from) && PlanStatuses.CanMove(from, c.Value)).Select(c => c.Code);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostPlanAsync(Guid id, string? status, string? note, CancellationToken cancellationToken)
    {
        Result<Table> outcome = await plans.MoveAsync(id, new PlanStatusRequest(status, note), User, cancellationToken);
        return await AnswerAsync(id, outcome.Refusal, "plan", cancellationToken);
    }

    public async Task<IActionResult> OnPostProgressAsync(Guid id, Guid actionId, DateOnly? date, decimal? value, string? note, CancellationToken cancellationToken)
    {
        var request = new ProgressRequest(date, value, note);
        var validation = await progressRules.ValidateAsync(request, cancellationToken);
        if (!validation.IsValid)
        {
            ProgressErrorsFor = actionId;
            return await AnswerAsync(id, Refusal.Invalid(ValidationNames.Errors(validation)), $"action-{actionId}", cancellationToken);
        }

        Result<TableAction> outcome = await actions.RecordProgressAsync(id, actionId, request, User, cancellationToken);
        return await AnswerAsync(id, outcome.Refusal, $"action-{actionId}", cancellationToken);
    }

    public async Task<IActionResult> OnPostSeatAsync(Guid id, string? email, string? function, string? invitationLanguage, CancellationToken cancellationToken)
    {
        if (!IsAdmin)
        {
            return Forbid();
        }

        var request = new PersonRequest(email, function, invitationLanguage);
        var validation = await personRules.ValidateAsync(request, cancellationToken);
        if (!validation.IsValid)
        {
            return await AnswerAsync(id, Refusal.Invalid(ValidationNames.Errors(validation)), "people", cancellationToken);
        }

        Result<SeatedPerson> outcome = await people.SeatAsync(id, request, User, cancellationToken);
        return outcome.Value?.Invited == true
            ? RedirectToPage(null, null, new { id, invited = true }, "people")
            : await AnswerAsync(id, outcome.Refusal, "people", cancellationToken);
    }

    public async Task<IActionResult> OnPostUnseatAsync(Guid id, Guid accountId, CancellationToken cancellationToken)
    {
        if (!IsAdmin)
        {
            return Forbid();
        }

        bool unseated = await people.UnseatAsync(id, accountId, cancellationToken);
        return await AnswerAsync(id, unseated ? null : Refusal.NotFound("This account is not seated at this sector table."), "people", cancellationToken);
    }

    /// <summary>The table again, with the refusal's errors, or (done) the table at the part that changed.</summary>
    private async Task<IActionResult> AnswerAsync(Guid id, Refusal? refusal, string anchor, CancellationToken cancellationToken)
    {
        if (refusal?.Kind == RefusalKind.NotFound || !await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        return refusal is null ? RedirectToPage(null, null, new { id }, anchor) : ShowRefusal(refusal, text);
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        TableView? table = await tables.FindAsync(id, User, cancellationToken);
        Table = table!;
        return table is not null;
    }
}

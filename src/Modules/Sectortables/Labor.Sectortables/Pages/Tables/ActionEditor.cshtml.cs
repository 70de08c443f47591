using FluentValidation;
using Labor.BuildingBlocks.Security;
using Labor.BuildingBlocks.Outcomes;
using Labor.BuildingBlocks.Web;
using Labor.Sectortables.Actions;
using Labor.Sectortables.Domain;
using Labor.Sectortables.Tables;
using Labor.Sectortables.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Labor.Sectortables.Pages.Tables;

/// <summary>A lead adds an action to their table's plan, or changes one.</summary>
[Authorize(Policy = Policies.SectorLead)]
internal sealed class ActionEditorModel(TableReader tables, TableActions actions, IValidator<ActionRequest> rules, IStringLocalizer<Texts> text) : FormPage
{
    [BindProperty]
    public ActionForm Form { get; set; } = new();

    public TableView Table { get; private set; } = null!;

    /// <summary>The colleague's change that came between opening the editor and saving it.</summary>
    public ChangeView? ChangedMeanwhile { get; private set; }

    /// <summary>Fields the lead and the colleague both changed (API names); the lead's value is in the form.</summary>
    public IReadOnlyList<string> BothChanged { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, Guid? actionId, CancellationToken cancellationToken)
    {
        if (await tables.FindAsync(id, User, cancellationToken) is not { } table)
        {
            return NotFound();
        }

        Table = table;
        if (!table.CanEdit)
        {
            return Forbid();
        }

        if (actionId is { } existing)
        {
            if (table.Actions.FirstOrDefault(a => a.Id == existing) is not { } action)
            {
                return NotFound();
            }

            Form = ActionForm.From(action.Action);
            Form.Opened = EditMerge.Write(Form);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid? actionId, CancellationToken cancellationToken)
    {
        if (await tables.FindAsync(id, User, cancellationToken) is not { } table)
        {
            return NotFound();
        }

        Table = table;
        ActionRequest request = Form.ToRequest();
        var validation = await rules.ValidateAsync(request, cancellationToken);
        if (!validation.IsValid)
        {
            AddErrors(text, validation);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Result<TableAction> outcome = actionId is { } existing
            ? await actions.EditAsync(id, existing, request, User, cancellationToken)
            : await actions.AddAsync(id, request, User, cancellationToken);
        return outcome switch
        {
            { Value: { } action } => Redirect($"/sectortafels/{id}#action-{action.Id}"),
            { Refusal.Kind: RefusalKind.Conflict } => await ShowConflictAsync(id, actionId!.Value, cancellationToken),
            _ => ShowRefusal(outcome.Refusal!, text),
        };
    }

    /// <summary>Shows what the colleague changed and the lead's changes merged onto it, for the lead to check and save.</summary>
    private async Task<IActionResult> ShowConflictAsync(Guid id, Guid actionId, CancellationToken cancellationToken)
    {
        Table = (await tables.FindAsync(id, User, cancellationToken))!;
        ActionView current = Table.Actions.Single(a => a.Id == actionId);
        ChangedMeanwhile = current.Changes[^1];
        (Form, BothChanged) = EditMerge.Onto(ActionForm.From(current.Action), Form);
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }
}

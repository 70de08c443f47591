using FluentValidation;
using Labor.BuildingBlocks.Security;
using Labor.BuildingBlocks.Outcomes;
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

/// <summary>A lead adds an action to their table's plan, or changes one.</summary>
[Authorize(Policy = Policies.SectorLead)]
internal sealed class ActionEditorModel(TablePlans plans, IValidator<ActionRequest> rules, IStringLocalizer<Texts> text) : FormPage
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
        if (await plans.FindAsync(id, User, cancellationToken) is not { } table)
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
        if (await plans.FindAsync(id, User, cancellationToken) is not { } table)
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
            ? await plans.EditActionAsync(id, existing, request, User, cancellationToken)
            : await plans.AddActionAsync(id, request, User, cancellationToken);
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
        Table = (await plans.FindAsync(id, User, cancellationToken))!;
        ActionView current = Table.Actions.Single(a => a.Id == actionId);
        ChangedMeanwhile = current.Changes[^1];
        (Form, BothChanged) = EditMerge.Onto(ActionForm.From(current.Action), Form);
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }
}

/// <summary>The editor's fields; partners one per line.</summary>
internal sealed record ActionForm
{
    public string? Title { get; set; }

    public string? TargetGroup { get; set; }

    public string? Indicator { get; set; }

    public string? Unit { get; set; }

    public string? Direction { get; set; } = "rise";

    public decimal? Baseline { get; set; }

    public decimal? Target { get; set; }

    public DateOnly? PeriodStart { get; set; }

    public DateOnly? PeriodEnd { get; set; }

    public decimal? BudgetEuros { get; set; }

    public string? Partners { get; set; }

    public string? Status { get; set; } = "gepland";

    public string? LiveFigure { get; set; }

    public int? Version { get; set; }

    /// <summary>The fields as the editor opened with them (see <see cref="EditMerge"/>).</summary>
    public string? Opened { get; set; }

    public static ActionForm From(ActionRequest a) => new()
    {
        Title = a.Title, TargetGroup = a.TargetGroup, Indicator = a.Indicator, Unit = a.Unit, Direction = a.Direction, Baseline = a.Baseline,
        Target = a.Target, PeriodStart = a.PeriodStart, PeriodEnd = a.PeriodEnd, BudgetEuros = a.BudgetEuros,
        Partners = string.Join('\n', a.Partners ?? []), Status = a.Status, LiveFigure = a.LiveFigure, Version = a.Version,
    };

    public ActionRequest ToRequest() => new(
        Title, TargetGroup, Indicator, Unit, Direction, Baseline, Target, PeriodStart, PeriodEnd, BudgetEuros,
        Partners?.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), Status, LiveFigure, Version);
}

using Labor.Sectortables.Actions;
using Labor.Sectortables.Plans;
using Labor.Sectortables.Figures;

namespace Labor.Sectortables.Tables;

/// <param name="Progress">The actions' mean progress from baseline to target, 0–100 %; null without actions.</param>
/// <param name="CanEdit">Whether the reader is seated at this table.</param>
/// <param name="Figures">The table's live figures now.</param>
internal sealed record TableSummary(
    Guid Id, string Name, string? NameEn, string PlanStatus, DateTimeOffset? ApprovedAt, int Actions, int? Progress, bool CanEdit,
    int Kartrekkers, int Projectleiders, IReadOnlyDictionary<string, int> Figures);

/// <param name="Emails">The address of every account the view names (its people, and who changed what), by id.</param>
/// <param name="Classifies">Whether vacancies and profiles can name this table as their sector (the shared vocabulary
/// lists it); a table an admin added is not in it, and its live figures stay 0 (ADR 11).</param>
internal sealed record TableView(
    Guid Id,
    string Name,
    string? NameEn,
    string PlanStatus,
    DateTimeOffset? ApprovedAt,
    IReadOnlyList<PersonView> People,
    IReadOnlyList<PlanStepView> PlanHistory,
    IReadOnlyList<ActionView> Actions,
    IReadOnlyDictionary<string, int> Figures,
    IReadOnlyList<MonthFigures> FiguresByMonth,
    IReadOnlyDictionary<Guid, string> Emails,
    bool Classifies,
    bool CanEdit);

/// <param name="Function">kartrekker or projectleider.</param>
internal sealed record PersonView(Guid AccountId, string Function, DateTimeOffset Since);

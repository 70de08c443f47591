namespace Labor.Client;

/// <param name="PlanStatus">concept, ter-accordering, geaccordeerd, gestart or afgerond.</param>
/// <param name="Progress">The actions' mean progress from baseline to target, 0–100 %; null without actions.</param>
/// <param name="CanEdit">Whether the signed-in person is seated at this table.</param>
/// <param name="Figures">The table's live figures now.</param>
public sealed record SectorTableSummary(
    Guid Id, string Name, string? NameEn, string PlanStatus, DateTimeOffset? ApprovedAt, int Actions, int? Progress, bool CanEdit,
    int Kartrekkers, int Projectleiders, IReadOnlyDictionary<string, int> Figures);

public sealed record SectorTableDetails(
    Guid Id,
    string Name,
    string? NameEn,
    string PlanStatus,
    DateTimeOffset? ApprovedAt,
    IReadOnlyList<TablePerson> People,
    IReadOnlyList<PlanStep> PlanHistory,
    IReadOnlyList<SectorAction> Actions,
    IReadOnlyDictionary<string, int> Figures,
    IReadOnlyList<MonthFigures> FiguresByMonth,
    IReadOnlyDictionary<Guid, string> Emails,
    bool Classifies,
    bool CanEdit);

/// <param name="Function">kartrekker or projectleider.</param>
public sealed record TablePerson(Guid AccountId, string Function, DateTimeOffset Since);

/// <param name="Function">kartrekker or projectleider.</param>
/// <param name="Language">The invitation's language when the address has no account yet: nl (default) or en.</param>
public sealed record PersonDraft(string? Email, string? Function, string? Language = null);

public sealed record SeatedPerson(TablePerson Person, bool Invited);

public sealed record PlanStep(string From, string To, DateTimeOffset At, Guid By, string? Note);

/// <param name="Trend">For an indicator following a live figure: its value at each month's end since the period began, and today.</param>
public sealed record SectorAction(
    Guid Id, ActionDraft Action, decimal Current, int PercentDone, IReadOnlyList<ProgressEntry> Progress, IReadOnlyList<TrendPoint> Trend, IReadOnlyList<ActionEdit> Changes);

public sealed record TrendPoint(DateOnly Date, decimal Value);

/// <param name="Month">The first day of the month.</param>
/// <param name="AsOf">The day the figures stood so: the month's last snapshot, or today for the current month.</param>
public sealed record MonthFigures(DateOnly Month, DateOnly AsOf, IReadOnlyDictionary<string, int> Figures);

/// <param name="Direction">rise or fall.</param>
/// <param name="Status">gepland, lopend, afgerond or gestopt.</param>
/// <param name="LiveFigure">A live figure code, or null to enter values by hand.</param>
/// <param name="Version">The action's version the draft was read at; an edit carrying it is refused (409) when the action changed since.</param>
public sealed record ActionDraft(
    string? Title,
    string? TargetGroup,
    string? Indicator,
    string? Unit,
    string? Direction,
    decimal? Baseline,
    decimal? Target,
    DateOnly? PeriodStart,
    DateOnly? PeriodEnd,
    decimal? BudgetEuros,
    IReadOnlyList<string>? Partners,
    string? Status,
    string? LiveFigure,
    int? Version = null);

public sealed record ProgressEntry(Guid Id, DateOnly Date, decimal Value, string? Note, DateTimeOffset RecordedAt, Guid RecordedBy);

public sealed record ActionEdit(DateTimeOffset At, Guid By, string Summary);

public sealed record ProgressDraft(DateOnly? Date, decimal? Value, string? Note);

public sealed record PlanMove(string? Status, string? Note);

public sealed record NewSectorTable(string? Name, string? NameEn);

using Labor.BuildingBlocks.Codes;

namespace Labor.Sectortables.Domain;

/// <summary>
/// A sector table (sectortafel) and its action plan (actieagenda). The nine are seeded from the shared vocabulary;
/// an admin may add more (the programme foresees ten), so the list is data.
/// </summary>
internal sealed class Table
{
    public Guid Id { get; init; }

    public required string Name { get; set; }

    public string? NameEn { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public PlanStatus PlanStatus { get; private set; }

    /// <summary>When the plan was last approved (geaccordeerd); null before.</summary>
    public DateTimeOffset? ApprovedAt { get; private set; }

    public List<PlanStatusChange> PlanHistory { get; private set; } = [];

    public List<TablePerson> People { get; private set; } = [];

    public bool IsPerson(Guid accountId) => People.Any(p => p.AccountId == accountId);

    /// <summary>
    /// Whether the account can be seated in this function: it holds it already, or the table has fewer in it than it
    /// may have (3 kartrekkers, 1 projectleider). A null account (no account yet) is someone new.
    /// </summary>
    public bool HasRoomFor(Guid? accountId, TableFunction function) =>
        People.Any(p => p.AccountId == accountId && p.Function == function)
        || People.Count(p => p.Function == function) < TableFunctions.Staffing[function].Most;

    /// <summary>Adds the account in this function, or gives someone already at the table this function.</summary>
    /// <returns>false when the table has no room for them in it (<see cref="HasRoomFor"/>).</returns>
    public bool Seat(Guid accountId, TableFunction function, Guid by, DateTimeOffset now)
    {
        if (!HasRoomFor(accountId, function))
        {
            return false;
        }

        TablePerson? present = People.SingleOrDefault(p => p.AccountId == accountId);
        if (present is null)
        {
            People.Add(new TablePerson { TableId = Id, AccountId = accountId, Function = function, Since = now, AddedBy = by });
        }
        else if (present.Function != function)
        {
            present.Function = function;
            present.Since = now;
            present.AddedBy = by;
        }

        return true;
    }

    /// <returns>false when the account is not one of the table's people.</returns>
    public bool Unseat(Guid accountId) => People.RemoveAll(p => p.AccountId == accountId) > 0;

    /// <returns>false when the plan cannot go from its status to <paramref name="to"/>.</returns>
    public bool MovePlan(PlanStatus to, Guid by, string? note, DateTimeOffset now)
    {
        if (!PlanStatuses.CanMove(PlanStatus, to))
        {
            return false;
        }

        PlanHistory.Add(new PlanStatusChange { TableId = Id, From = PlanStatus, To = to, At = now, By = by, Note = note });
        PlanStatus = to;
        ApprovedAt = to == PlanStatus.Approved ? now : ApprovedAt;
        return true;
    }
}

/// <summary>One step of the plan, dated and attributed; never changed afterwards.</summary>
internal sealed class PlanStatusChange
{
    public long Id { get; init; }

    public Guid TableId { get; init; }

    public PlanStatus From { get; init; }

    public PlanStatus To { get; init; }

    public DateTimeOffset At { get; init; }

    /// <summary>The account that made the change.</summary>
    public Guid By { get; init; }

    public string? Note { get; init; }
}

/// <summary>concept → ter accordering → geaccordeerd → gestart → afgerond (and back to concept when not approved).</summary>
internal enum PlanStatus
{
    Concept,
    ForApproval,
    Approved,
    Started,
    Finished,
}

internal static class PlanStatuses
{
    /// <summary>The codes the API and the pages use, in order.</summary>
    public static readonly CodeList<PlanStatus> Codes = new(
        (PlanStatus.Concept, "concept"), (PlanStatus.ForApproval, "ter-accordering"), (PlanStatus.Approved, "geaccordeerd"),
        (PlanStatus.Started, "gestart"), (PlanStatus.Finished, "afgerond"));

    public static bool CanMove(PlanStatus from, PlanStatus to) =>
        (from, to) is (PlanStatus.Concept, PlanStatus.ForApproval)
            or (PlanStatus.ForApproval, PlanStatus.Approved)
            or (PlanStatus.ForApproval, PlanStatus.Concept)
            or (PlanStatus.Approved, PlanStatus.Started)
            or (PlanStatus.Started, PlanStatus.Finished);
}

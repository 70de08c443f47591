using Labor.Outcomes.Data;
using Labor.Outcomes.Domain;
using Microsoft.EntityFrameworkCore;

namespace Labor.Outcomes.Trajectories;

/// <param name="Kind">werk-naar-werk, werkloosheid-naar-werk or om-en-bijscholing.</param>
/// <param name="Outcome">Null while open.</param>
internal sealed record TrajectoryView(Guid Id, string Kind, DateOnly StartedOn, string? Outcome, DateOnly? ClosedOn, IReadOnlyList<StepView> Steps)
{
    public static TrajectoryView Of(Trajectory t) => new(
        t.Id, TrajectoryCodes.Kinds[t.Kind], t.StartedOn, t.Outcome is { } outcome ? TrajectoryCodes.Outcomes[outcome] : null, t.ClosedOn,
        [.. t.Steps.OrderBy(s => s.On).ThenBy(s => s.RecordedAt).Select(s => new StepView(TrajectoryCodes.Steps[s.Kind], s.On, TrajectoryCodes.Authors[s.By]))]);
}

/// <param name="By">person, employer, staff or platform.</param>
internal sealed record StepView(string Kind, DateOnly On, string By);

internal sealed class TrajectoryReader(OutcomesDbContext db)
{
    /// <summary>The person's trajectories, the newest first.</summary>
    public async Task<IReadOnlyList<TrajectoryView>> ForPersonAsync(Guid jobseekerId, CancellationToken cancellationToken) =>
        [.. (await db.Trajectories.AsNoTracking().Include(t => t.Steps).Where(t => t.JobseekerId == jobseekerId)
            .OrderByDescending(t => t.StartedOn).ToListAsync(cancellationToken)).Select(TrajectoryView.Of)];
}

using Labor.Sectortables.Domain;
using Labor.Sectortables.Plans;

namespace Labor.Sectortables.Tests;

/// <summary>concept → ter accordering → geaccordeerd → gestart → afgerond, and back to concept when not approved.</summary>
public sealed class PlanStepTests
{
    private static readonly Guid Lead = Guid.Parse("00000000-0000-0000-0000-00000000001e");
    private static readonly DateTimeOffset Monday = new(2026, 3, 16, 9, 0, 0, TimeSpan.Zero);

    /// <summary>Every pair of steps, and whether a plan may go from the first to the second.</summary>
    public static TheoryData<string, string, bool> Moves()
    {
        HashSet<(string, string)> allowed =
        [
            ("concept", "ter-accordering"),
            ("ter-accordering", "geaccordeerd"),
            ("ter-accordering", "concept"),
            ("geaccordeerd", "gestart"),
            ("gestart", "afgerond"),
        ];
        var moves = new TheoryData<string, string, bool>();
        foreach (string from in PlanStatuses.Codes.Codes)
        {
            foreach (string to in PlanStatuses.Codes.Codes)
            {
                moves.Add(from, to, allowed.Contains((from, to)));
            }
        }

        return moves;
    }

    [Theory]
    [MemberData(nameof(Moves))]
    public void Only_the_next_step_or_back_from_approval_to_concept_is_allowed(string from, string to, bool allowed)
    {
        PlanStatuses.Codes.TryParse(from, out PlanStatus fromStatus).ShouldBeTrue();
        PlanStatuses.Codes.TryParse(to, out PlanStatus toStatus).ShouldBeTrue();

        PlanStatuses.CanMove(fromStatus, toStatus).ShouldBe(allowed);
    }

    [Fact]
    public void Every_step_is_kept_dated_and_attributed_and_approval_is_dated()
    {
        var table = new Table { Id = Guid.NewGuid(), Name = "Bouw" };

        table.MovePlan(PlanStatus.ForApproval, Lead, "Eerste versie", Monday).ShouldBeTrue();
        table.MovePlan(PlanStatus.Approved, Lead, null, Monday.AddDays(7)).ShouldBeTrue();
        table.MovePlan(PlanStatus.Started, Lead, null, Monday.AddDays(8)).ShouldBeTrue();

        table.PlanStatus.ShouldBe(PlanStatus.Started);
        table.ApprovedAt.ShouldBe(Monday.AddDays(7), "starting does not move the approval date");
        table.PlanHistory.Select(s => (s.From, s.To, s.By, s.At)).ShouldBe([
            (PlanStatus.Concept, PlanStatus.ForApproval, Lead, Monday),
            (PlanStatus.ForApproval, PlanStatus.Approved, Lead, Monday.AddDays(7)),
            (PlanStatus.Approved, PlanStatus.Started, Lead, Monday.AddDays(8))]);
        table.PlanHistory[0].Note.ShouldBe("Eerste versie");
    }

    [Fact]
    public void A_refused_step_changes_nothing()
    {
        var table = new Table { Id = Guid.NewGuid(), Name = "Bouw" };

        table.MovePlan(PlanStatus.Finished, Lead, null, Monday).ShouldBeFalse();
        table.MovePlan(PlanStatus.Concept, Lead, null, Monday).ShouldBeFalse("standing still is no step");

        (table.PlanStatus, table.ApprovedAt, table.PlanHistory.Count).ShouldBe((PlanStatus.Concept, (DateTimeOffset?)null, 0));
    }

    [Fact]
    public void A_plan_sent_back_to_concept_is_approved_anew()
    {
        var table = new Table { Id = Guid.NewGuid(), Name = "Bouw" };
        table.MovePlan(PlanStatus.ForApproval, Lead, null, Monday);
        table.MovePlan(PlanStatus.Concept, Lead, "Begroting ontbreekt", Monday.AddDays(1));

        table.MovePlan(PlanStatus.Approved, Lead, null, Monday.AddDays(2)).ShouldBeFalse("it must go for approval again first");
        table.MovePlan(PlanStatus.ForApproval, Lead, null, Monday.AddDays(3)).ShouldBeTrue();
    }

    [Theory]
    [InlineData("concept", true)]
    [InlineData("afgerond", true)]
    [InlineData("Concept", true)]
    [InlineData("klaar", false)]
    [InlineData(null, false)]
    public void Steps_are_named_by_their_dutch_codes_in_any_case(string? code, bool known)
    {
        PlanStatuses.Codes.TryParse(code, out _).ShouldBe(known);
        new PlanStatusRequestValidator().Validate(new PlanStatusRequest(code, null)).IsValid.ShouldBe(known);
    }
}

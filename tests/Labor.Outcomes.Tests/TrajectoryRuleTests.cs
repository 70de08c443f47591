using Labor.Outcomes.Domain;

namespace Labor.Outcomes.Tests;

/// <summary>ADR 20: what kind a trajectory is, and how steps and outcomes move it.</summary>
public sealed class TrajectoryRuleTests
{
    private static readonly DateTimeOffset Now = FixedClock.Noon;
    private static readonly DateOnly Day = new(2026, 3, 1);

    [Theory]
    [InlineData("employed", "intake", "werk-naar-werk")]
    [InlineData("self-employed", "invitation", "werk-naar-werk")]
    [InlineData("uwv-benefit", "coaching", "werkloosheid-naar-werk")]
    [InlineData("social-assistance", "placement", "werkloosheid-naar-werk")]
    [InlineData(null, "intake", "werkloosheid-naar-werk")]
    [InlineData("employed", "training-started", "om-en-bijscholing")]
    [InlineData("no-benefit", "fund-application", "om-en-bijscholing")]
    public void The_kind_comes_from_the_situation_unless_the_route_begins_with_training(string? situation, string first, string kind) =>
        TrajectoryCodes.Kinds[Trajectory.KindFor(situation, TrajectoryCodes.Steps[first])].ShouldBe(kind);

    [Fact]
    public void A_placement_closes_the_route_as_placed_and_an_earlier_step_moves_its_start()
    {
        Trajectory trajectory = Trajectory.Start(Guid.NewGuid(), "uwv-benefit", "Zwolle", StepKind.Intake, Day, Now);
        trajectory.Add(StepKind.Intake, Day, StepAuthor.Person, Now);
        trajectory.Add(StepKind.Coaching, Day.AddDays(-5), StepAuthor.Staff, Now);

        trajectory.StartedOn.ShouldBe(Day.AddDays(-5));
        trajectory.Add(StepKind.Placement, Day.AddDays(30), StepAuthor.Employer, Now.AddDays(1));

        trajectory.Outcome.ShouldBe(TrajectoryOutcome.Placed);
        trajectory.ClosedOn.ShouldBe(Day.AddDays(30));
        trajectory.Close(TrajectoryOutcome.Withdrawn, Day.AddDays(31), Now).ShouldBeFalse("closed once");
    }

    [Fact]
    public void A_step_after_silence_opens_the_route_again_but_not_after_another_outcome()
    {
        Trajectory silent = Trajectory.Start(Guid.NewGuid(), "employed", null, StepKind.Intake, Day, Now);
        silent.Add(StepKind.Intake, Day, StepAuthor.Person, Now);
        silent.Close(TrajectoryOutcome.NoLongerResponding, Day.AddDays(Trajectory.SilentDays), Now);

        silent.Add(StepKind.Coaching, Day.AddDays(100), StepAuthor.Person, Now);

        silent.IsOpen.ShouldBeTrue();
        silent.ClosedOn.ShouldBeNull();
        silent.LastStepOn.ShouldBe(Day.AddDays(100));
    }

    [Theory]
    [InlineData(10, true)]
    [InlineData(89, true)]
    [InlineData(90, false)]
    public void Stopping_and_starting_again_within_ninety_days_is_one_route(int daysLater, bool same)
    {
        Trajectory withdrawn = Trajectory.Start(Guid.NewGuid(), "employed", null, StepKind.Intake, Day, Now);
        withdrawn.Add(StepKind.Intake, Day, StepAuthor.Person, Now);
        withdrawn.Close(TrajectoryOutcome.Withdrawn, Day, Now);

        withdrawn.TakesStepOn(Day.AddDays(daysLater)).ShouldBe(same);
    }

    [Fact]
    public void A_route_that_ended_in_work_takes_no_more_steps()
    {
        Trajectory placed = Trajectory.Start(Guid.NewGuid(), "employed", null, StepKind.Placement, Day, Now);
        placed.Add(StepKind.Placement, Day, StepAuthor.Employer, Now);

        placed.TakesStepOn(Day.AddDays(1)).ShouldBeFalse();
    }
}

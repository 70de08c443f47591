using Labor.Sectortables.Actions;
using Labor.Sectortables.Domain;
using Labor.Sectortables.Figures;

namespace Labor.Sectortables.Tests;

/// <summary>What an action must say to be stored, and how a request becomes an action's content.</summary>
public sealed class ActionRequestTests
{
    private readonly ActionRequestValidator _validator = new();

    [Theory]
    [InlineData("rise", 40, 120, true)]
    [InlineData("rise", 40, 40, false)]
    [InlineData("rise", 40, 20, false)]
    [InlineData("fall", 8, 5, true)]
    [InlineData("fall", 8, 8, false)]
    [InlineData("sideways", 8, 5, false)]
    public void The_target_lies_in_the_direction_the_indicator_must_move(string direction, int baseline, int target, bool valid)
    {
        _validator.Validate(Sample.Request with { Direction = direction, Baseline = baseline, Target = target }).IsValid.ShouldBe(valid);
    }

    [Fact]
    public void The_period_may_be_one_day_but_may_not_end_before_it_starts()
    {
        DateOnly start = Sample.Request.PeriodStart!.Value;

        _validator.Validate(Sample.Request with { PeriodEnd = start }).IsValid.ShouldBeTrue();
        _validator.Validate(Sample.Request with { PeriodEnd = start.AddDays(-1) }).IsValid.ShouldBeFalse();
    }

    [Theory]
    [InlineData(LiveFigures.Matches, true)]
    [InlineData("  ", true)]
    [InlineData("page-views", false)]
    public void An_indicator_follows_a_known_live_figure_or_is_entered_by_hand(string liveFigure, bool valid)
    {
        _validator.Validate(Sample.Request with { LiveFigure = liveFigure }).IsValid.ShouldBe(valid);
    }

    [Theory]
    [InlineData("lopend", true)]
    [InlineData("gestopt", true)]
    [InlineData("klaar", false)]
    public void An_actions_status_is_one_of_four(string status, bool valid)
    {
        _validator.Validate(Sample.Request with { Status = status }).IsValid.ShouldBe(valid);
    }

    [Fact]
    public void The_content_is_trimmed_empty_partners_are_dropped_and_a_blank_live_figure_is_none()
    {
        ActionContent content = (Sample.Request with
        {
            Title = "  Zij-instromers  ",
            Direction = "fall",
            Partners = [" Deltion College ", "", "  "],
            Status = null,
            LiveFigure = " ",
            BudgetEuros = null,
        }).ToContent();

        (content.Title, content.Rises, content.Status, content.LiveFigure, content.BudgetEuros).ShouldBe(("Zij-instromers", false, "gepland", (string?)null, 0m));
        content.Partners.ShouldBe(["Deltion College"]);
    }

    [Fact]
    public void Progress_is_recorded_for_today_or_before_never_for_a_day_to_come()
    {
        var clock = new FixedClock();
        var validator = new ProgressRequestValidator(clock);

        validator.Validate(new ProgressRequest(clock.Today, 60, null)).IsValid.ShouldBeTrue();
        validator.Validate(new ProgressRequest(clock.Today.AddDays(1), 60, null)).IsValid.ShouldBeFalse();
    }
}

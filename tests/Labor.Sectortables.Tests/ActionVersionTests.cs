using System.Globalization;
using Labor.Sectortables.Domain;

namespace Labor.Sectortables.Tests;

/// <summary>
/// An action's versions: every edit is kept as a change, and the count of changes is the version an edit must be made
/// on; its progress is appended, never overwritten (<see cref="TableAction"/>).
/// </summary>
public sealed class ActionVersionTests
{
    [Fact]
    public void A_new_action_is_version_1_with_its_creation_as_the_first_change()
    {
        TableAction action = Sample.Action();

        action.Version.ShouldBe(1);
        (action.Changes[0].Summary, action.Changes[0].By, action.Changes[0].At).ShouldBe(("created", Sample.Lead, Sample.Monday));
    }

    [Fact]
    public void An_edit_is_a_new_version_that_says_what_changed_from_what_to_what()
    {
        TableAction action = Sample.Action();

        action.Edit(Sample.Content with { Target = 140, Status = "lopend" }, Sample.Colleague, Sample.Monday.AddDays(1));

        action.Version.ShouldBe(2);
        action.Changes[1].Summary.ShouldBe("target: 120 → 140; status: gepland → lopend");
        action.Changes[1].By.ShouldBe(Sample.Colleague);
        action.Content.Target.ShouldBe(140);
    }

    [Fact]
    public void Saving_without_a_change_is_no_new_version()
    {
        TableAction action = Sample.Action();

        action.Edit(Sample.Content with { Partners = ["Deltion College", "FNV"], Target = 120.0m }, Sample.Colleague, Sample.Monday.AddDays(1));

        action.Version.ShouldBe(1, "the same partners in a new array and 120.0 for 120 are no change");
    }

    [Fact]
    public void Splitting_one_partner_into_two_is_a_change_although_both_read_alike_joined()
    {
        TableAction action = Sample.Action();
        action.Edit(Sample.Content with { Partners = ["Deltion College, Zwolle"] }, Sample.Lead, Sample.Monday.AddDays(1));

        action.Edit(Sample.Content with { Partners = ["Deltion College", "Zwolle"] }, Sample.Colleague, Sample.Monday.AddDays(2));

        action.Version.ShouldBe(3);
        action.Content.Partners.ShouldBe(["Deltion College", "Zwolle"]);
    }

    [Fact]
    public void The_summary_is_written_the_same_whatever_the_editors_language()
    {
        CultureInfo before = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("nl-NL");
        try
        {
            string summary = ActionContent.Differences(Sample.Content, Sample.Content with { Baseline = 40.5m, PeriodEnd = new DateOnly(2027, 3, 31) });

            summary.ShouldBe("baseline: 40 → 40.5; periodEnd: 2026-12-31 → 2027-03-31");
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    [Fact]
    public void Progress_is_appended_and_the_latest_by_date_counts_not_the_latest_entered()
    {
        TableAction action = Sample.Action();
        action.LatestEntered.ShouldBe(40, "the baseline before any measurement");

        action.Record(new DateOnly(2026, 3, 1), 60, "Eerste cohort", Sample.Lead, Sample.Monday);
        action.Record(new DateOnly(2026, 3, 1), 65, "Correctie", Sample.Colleague, Sample.Monday.AddHours(1));
        action.Record(new DateOnly(2026, 2, 1), 50, "Februari, later ingevoerd", Sample.Lead, Sample.Monday.AddHours(2));

        action.Progress.Select(p => p.Value).ShouldBe([60m, 65m, 50m]);
        action.LatestEntered.ShouldBe(65, "on the same date the later recording wins");
        action.Version.ShouldBe(1, "progress is no edit: it never conflicts with a colleague's");
    }

    [Theory]
    [InlineData(40, 120, 80, 50)]
    [InlineData(40, 120, 10, 0)]    // below the baseline: nothing done, not negative
    [InlineData(40, 120, 200, 100)] // beyond the target: done, not more
    [InlineData(8, 5, 6.5, 50)]     // a falling indicator
    [InlineData(8, 5, 9, 0)]
    [InlineData(10, 10, 3, 100)]    // nothing to move: done
    public void Progress_is_the_share_of_the_way_from_baseline_to_target(double baseline, double target, double current, int percent)
    {
        TableAction action = TableAction.Create(
            Guid.NewGuid(), Sample.Content with { Baseline = (decimal)baseline, Target = (decimal)target, Rises = target >= baseline }, Sample.Lead, Sample.Monday);

        action.PercentDone((decimal)current).ShouldBe(percent);
    }
}

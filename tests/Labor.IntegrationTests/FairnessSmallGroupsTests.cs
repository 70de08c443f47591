using Labor.Matching.Fairness;

namespace Labor.IntegrationTests;

/// <summary>The fairness report's k-anonymity rule on its own: no figures ever describe fewer than 10 people.</summary>
public sealed class FairnessSmallGroupsTests
{
    [Fact]
    public void A_group_of_ten_is_shown_and_groups_below_ten_only_together_once_they_are_ten()
    {
        FairnessGroup[] rows = [.. SmallGroups.Merge([Count("Zwolle", 10, 5, 400), Count("Kampen", 9, 3, 210), Count("Dalfsen", 1, 1, 90)])];

        rows.Select(r => r.Group).ShouldBe(["Zwolle", SmallGroups.Merged]);
        rows[0].ShouldBe(new FairnessGroup("municipality", "Zwolle", false, 10, 5, 50, 80, 80));
        rows[1].ShouldBe(new FairnessGroup("municipality", SmallGroups.Merged, false, 10, 4, 40, 75, 75), "means over the merged people, not of the groups' means");
    }

    [Fact]
    public void While_the_small_groups_are_fewer_than_ten_together_the_next_smallest_group_joins_them()
    {
        FairnessGroup[] rows = [.. SmallGroups.Merge([Count("Zwolle", 30, 30, 2400), Count("Kampen", 12, 6, 480), Count("Dalfsen", 2, 2, 160)])];

        rows.Select(r => (r.Group, r.Jobseekers)).ShouldBe([("Zwolle", 30), (SmallGroups.Merged, 14)],
            "showing Kampen would let anyone subtract Dalfsen's 2 from the total");
    }

    [Fact]
    public void A_dimension_of_fewer_than_ten_people_shows_one_row_without_figures()
    {
        FairnessGroup row = SmallGroups.Merge([Count("Zwolle", 5, 5, 400), Count("Kampen", 4, 0, 0)]).ShouldHaveSingleItem();

        row.ShouldBe(new FairnessGroup("municipality", SmallGroups.Merged, true, null, null, null, null, null));
    }

    [Fact]
    public void Groups_of_ten_or_more_are_shown_as_they_are_and_dimensions_apart()
    {
        FairnessGroup[] rows = [.. SmallGroups.Merge([Count("Zwolle", 10, 0, 0), Count("Kampen", 11, 11, 880) with { Dimension = "gender", Group = "woman" }])];

        rows.Select(r => (r.Dimension, r.Group, r.Suppressed)).ShouldBe([("municipality", "Zwolle", false), ("gender", "woman", false)]);
        rows[0].MeanBestScore.ShouldBe(0, "nobody matched: a mean of nothing is shown as 0");
    }

    private static GroupCount Count(string municipality, int jobseekers, int matched, double scoreTotal) =>
        new("municipality", municipality, jobseekers, matched, scoreTotal, scoreTotal);
}

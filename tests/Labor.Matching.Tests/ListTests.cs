using Labor.Matching.Engine;

namespace Labor.Matching.Tests;

/// <summary>
/// The two lists a run keeps, a person's best vacancies (<see cref="TopList{T}"/>) and a vacancy's best candidates
/// (<see cref="VacancyLists"/>): the best first, and the same input always giving the same list.
/// </summary>
public sealed class ListTests
{
    private static readonly Guid Low = Guid.Parse("00000000-0000-0000-0000-000000000001");
    private static readonly Guid Middle = Guid.Parse("00000000-0000-0000-0000-000000000002");
    private static readonly Guid High = Guid.Parse("00000000-0000-0000-0000-000000000003");

    [Fact]
    public void A_top_list_keeps_the_best_in_order_and_turns_away_the_rest()
    {
        var top = new TopList<string>(2);

        top.Offer(50, High, "fifty");
        top.Offer(90, High, "ninety");
        top.Offer(40, Low, "forty");
        top.Offer(70, Middle, "seventy");

        top.ToArray().ShouldBe(["ninety", "seventy"]);
    }

    [Fact]
    public void At_equal_scores_the_lower_id_wins_whatever_the_order_of_arrival()
    {
        var first = new TopList<Guid>(2);
        var second = new TopList<Guid>(2);

        foreach (Guid id in new[] { High, Low, Middle })
        {
            first.Offer(60, id, id);
        }

        foreach (Guid id in new[] { Middle, High, Low })
        {
            second.Offer(60, id, id);
        }

        first.ToArray().ShouldBe([Low, Middle]);
        second.ToArray().ShouldBe([Low, Middle]);
    }

    [Fact]
    public void The_bar_is_open_until_the_list_is_full_then_the_last_score()
    {
        var top = new TopList<int>(2);
        top.Offer(80, Low, 1);
        top.Bar.ShouldBe(int.MinValue);

        top.Offer(60, Middle, 2);
        top.Bar.ShouldBe(60);

        top.Clear();
        (top.Count, top.Bar).ShouldBe((0, int.MinValue));
    }

    [Fact]
    public void A_vacancys_list_keeps_its_best_candidates_apart_from_other_vacancies()
    {
        VacancyLists lists = Offered(vacancies: 2, capacity: 2, (0, 50, 1), (0, 90, 2), (0, 70, 3), (1, 40, 4));

        Best(lists, 0).ShouldBe([(90, 2), (70, 3)]);
        Best(lists, 1).ShouldBe([(40, 4)]);
        lists.Bar(0).ShouldBe(70);
    }

    [Fact]
    public void At_equal_scores_the_lower_position_wins_a_vacancys_list()
    {
        VacancyLists lists = Offered(vacancies: 1, capacity: 2, (0, 60, 9), (0, 60, 3), (0, 60, 5));

        Best(lists, 0).ShouldBe([(60, 3), (60, 5)]);
        lists.Admits(0, VacancyLists.Key(60, 4)).ShouldBeTrue("position 4 is before 5");
        lists.Admits(0, VacancyLists.Key(60, 6)).ShouldBeFalse();
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(100, 123_456)]
    [InlineData(35, int.MaxValue - 1)]
    public void A_key_holds_the_score_and_the_position(int score, int jobseeker)
    {
        long key = VacancyLists.Key(score, jobseeker);

        (key >> 32).ShouldBe(score);
        VacancyLists.JobseekerOf(key).ShouldBe(jobseeker);
    }

    private static VacancyLists Offered(int vacancies, int capacity, params (int Vacancy, int Score, int Jobseeker)[] offers)
    {
        var lists = new VacancyLists(vacancies, capacity);
        foreach ((int vacancy, int score, int jobseeker) in offers)
        {
            lists.Offer(vacancy, score, jobseeker);
        }

        return lists;
    }

    private static (int Score, int Jobseeker)[] Best(VacancyLists lists, int vacancy) =>
        [.. lists.Keys(vacancy).ToArray().OrderDescending().Select(key => ((int)(key >> 32), VacancyLists.JobseekerOf(key)))];
}

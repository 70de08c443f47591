using Labor.Jobseekers.Contracts;
using Labor.Matching.Engine;
using Labor.Matching.Results;
using Labor.Reference.Contracts;
using Labor.Vacancies.Contracts;

namespace Labor.Matching.Tests;

/// <summary>Why a pair fits, read back from the stored score: what a person and an employer are shown.</summary>
public sealed class ExplanationTests
{
    private readonly World _world = new();

    [Fact]
    public void Skills_are_explained_as_matched_related_and_missing_essential()
    {
        Explanation why = Explain(World.ForkliftDriver with { Skills = [Skills.ReachTruck, Skills.OrderPicking] }, World.ForkliftVacancy);

        why.MatchedSkills.Select(s => s.Label).ShouldBe(["orderpicken"]);
        why.RelatedSkills.Select(s => s.Label).ShouldBe(["heftruck besturen"]);
        why.MissingEssentialSkills.Select(s => s.Uri).ShouldBe([Skills.Forklift], "something close is not having it: the gap stays");
        why.OccupationRelation.ShouldBe("same-occupation");
    }

    [Fact]
    public void Skills_that_carry_over_are_named_only_for_a_move_across_sectors()
    {
        JobseekerProfile shopAssistant = World.ForkliftDriver with { Experience = [new(Occupations.ShopAssistant, 4)] };

        Explanation move = Explain(shopAssistant, World.ForkliftVacancy);
        Explanation stay = Explain(World.ForkliftDriver, World.ForkliftVacancy);

        move.Intersectoral.ShouldBeTrue();
        move.CarriedOverSkills.ShouldBe(move.MatchedSkills);
        stay.CarriedOverSkills.ShouldBeEmpty();
    }

    [Fact]
    public void Training_is_offered_for_the_missing_essential_skills_at_most_three_courses_each_naming_what_it_teaches()
    {
        _world.Vocabulary
            .Course("both", "Heftruck en orderpicken", Skills.Forklift, Skills.OrderPicking)
            .Course("forklift", "Heftruckcertificaat", Skills.Forklift)
            .Course("picking", "Orderpicken in de praktijk", Skills.OrderPicking)
            .Course("forklift-2", "Heftruck opfriscursus", Skills.Forklift)
            .Course("stock", "Voorraadbeheer", Skills.Stock);
        VacancyDetails vacancy = World.ForkliftVacancy with { Skills = [new(Skills.Forklift, true), new(Skills.OrderPicking, true), new(Skills.Teamwork, false)] };

        IReadOnlyList<TrainingHint> training = Explain(World.ForkliftDriver with { Skills = [Skills.Teamwork] }, vacancy).Training;

        training.Count.ShouldBe(3);
        training[0].Id.ShouldBe("both", "the course closing most of the gap first");
        training[0].Teaches.Select(s => s.Uri).ShouldBe([Skills.Forklift, Skills.OrderPicking]);
        training.ShouldNotContain(t => t.Id == "stock", "it teaches nothing the vacancy misses");
        training.ShouldAllBe(t => t.Teaches.Count > 0);
    }

    [Fact]
    public void Nothing_essential_missing_means_no_training_hints()
    {
        _world.Vocabulary.Course("forklift", "Heftruckcertificaat", Skills.Forklift);

        Explanation why = Explain(World.ForkliftDriver with { Skills = [Skills.Forklift] }, World.ForkliftVacancy);

        why.MissingEssentialSkills.ShouldBeEmpty("order picking and teamwork are optional");
        why.Training.ShouldBeEmpty();
    }

    [Fact]
    public void The_distance_is_shown_to_a_tenth_of_a_kilometre_and_not_at_all_for_remote_work()
    {
        (double latitude, double longitude) = World.EastOfZwolle(7.26);

        Explain(World.ForkliftDriver, World.ForkliftVacancy with { Latitude = latitude, Longitude = longitude }).DistanceKm.ShouldBe(7.3);
        Explain(World.ForkliftDriver, World.ForkliftVacancy with { WorkplaceMode = "remote" }).DistanceKm.ShouldBeNull();
    }

    /// <summary>Scores the pair, stores it as the run does, and reads the explanation back.</summary>
    private Explanation Explain(JobseekerProfile profile, VacancyDetails vacancy)
    {
        Score score = _world.Score(profile, vacancy)!.Value;
        var stored = new JobseekerMatch
        {
            Score = (short)score.Total,
            DistanceKm = (float?)score.DistanceKm,
            ExactSkills = score.ExactSkills,
            RelatedSkills = score.RelatedSkills,
            Occupation = score.Relation,
            Intersectoral = score.Intersectoral,
        };
        return Explanation.Of(stored, vacancy, _world.Vocabulary, Language.Nl);
    }
}

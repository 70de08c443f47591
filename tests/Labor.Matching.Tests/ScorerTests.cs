using Labor.Jobseekers.Contracts;
using Labor.Matching.Engine;
using Labor.Matching.Results;
using Labor.Vacancies.Contracts;

namespace Labor.Matching.Tests;

/// <summary>The one place that decides whether a jobseeker and a vacancy fit and how well (<see cref="Scorer"/>).</summary>
public sealed class ScorerTests
{
    private readonly World _world = new();
    private static readonly VacancyDetails Vacancy = World.ForkliftVacancy;
    private static readonly JobseekerProfile Person = World.ForkliftDriver;

    [Fact]
    public void A_perfect_fit_scores_100_made_of_the_five_named_parts()
    {
        Score score = _world.Score(Person, Vacancy)!.Value;

        (score.Skills, score.Occupation, score.Sector, score.Distance, score.Hours).ShouldBe((50, 20, 10, 10, 10));
        score.Total.ShouldBe(100);
        score.Relation.ShouldBe(OccupationRelation.SameOccupation);
        score.ExactSkills.ShouldBe(0b111L, "one bit per skill slot of the vacancy, in its order");
    }

    [Fact]
    public void A_missing_essential_skill_costs_twice_what_a_missing_optional_one_does()
    {
        // Skill slots: forklift (essential, 4 points of 8), order picking (optional, 2), teamwork (optional, 2).
        Score withoutOptional = _world.Score(Person with { Skills = [Skills.Forklift, Skills.Teamwork] }, Vacancy)!.Value;
        Score withoutEssential = _world.Score(Person with { Skills = [Skills.OrderPicking, Skills.Teamwork] }, Vacancy)!.Value;

        withoutOptional.Skills.ShouldBe(50 * 6 / 8);
        withoutEssential.Skills.ShouldBe(50 * 4 / 8);
    }

    [Fact]
    public void A_sibling_skill_under_the_same_broader_concept_earns_half()
    {
        Score score = _world.Score(Person with { Skills = [Skills.ReachTruck, Skills.OrderPicking, Skills.Teamwork] }, Vacancy)!.Value;

        score.ExactSkills.ShouldBe(0b110L);
        score.RelatedSkills.ShouldBe(0b001L, "reach truck stands in for forklift");
        score.Skills.ShouldBe(50 * (2 + 2 + 2) / 8);
    }

    [Fact]
    public void The_broader_skill_itself_counts_as_related()
    {
        Score score = _world.Score(Person with { Skills = [Skills.Vehicles, Skills.OrderPicking] }, Vacancy)!.Value;

        score.RelatedSkills.ShouldBe(0b001L);
    }

    [Theory]
    [InlineData(Skills.Stock, Skills.OrderPicking)] // the person has what ESCO relates the vacancy's skill to
    [InlineData(Skills.OrderPicking, Skills.Stock)] // and the other way round
    public void Skills_esco_relates_count_as_related_either_way_round(string held, string asked)
    {
        VacancyDetails vacancy = Vacancy with { Skills = [new(Skills.Forklift, true), new(asked, false)] };

        Score score = _world.Score(Person with { Skills = [Skills.Forklift, held] }, vacancy)!.Value;

        score.RelatedSkills.ShouldBe(0b10L);
        score.Skills.ShouldBe(50 * (4 + 1) / 6);
    }

    [Fact]
    public void A_sector_specific_skill_does_not_carry_into_another_sector()
    {
        // A nurse with a reach-truck licence moves into logistics: the licence is no evidence for a forklift there.
        JobseekerProfile nurse = Person with
        {
            Experience = [new(Occupations.Nurse, 5)],
            Skills = [Skills.ReachTruck, Skills.OrderPicking],
            OpenToOtherSectors = true,
        };

        Score score = _world.Score(nurse, Vacancy)!.Value;

        score.Intersectoral.ShouldBeTrue();
        score.RelatedSkills.ShouldBe(0L);
        score.ExactSkills.ShouldBe(0b010L);
    }

    [Fact]
    public void An_occupation_specific_skill_carries_only_from_experience_in_the_same_minor_group()
    {
        VacancyDetails ward = Vacancy with
        {
            OccupationUri = Occupations.Nurse,
            SectorTables = [Region.Care],
            Skills = [new(Skills.WoundCare, true), new(Skills.OrderPicking, false)],
        };
        JobseekerProfile carer = Person with { Skills = [Skills.Hygiene, Skills.OrderPicking], SectorTables = [Region.Care] };

        Score withoutCareExperience = _world.Score(carer with { Experience = [new(Occupations.ShopAssistant, 5)] }, ward)!.Value;
        Score withCareExperience = _world.Score(carer with { Experience = [new(Occupations.Nurse, 1)] }, ward)!.Value;

        withoutCareExperience.RelatedSkills.ShouldBe(0L);
        withCareExperience.RelatedSkills.ShouldBe(0b01L);
    }

    [Fact]
    public void Transversal_skills_alone_are_no_evidence_of_a_fit()
    {
        JobseekerProfile teamPlayer = Person with { Experience = [new(Occupations.ShopAssistant, 10)], Skills = [Skills.Teamwork], OpenToOtherSectors = true };

        _world.Score(teamPlayer, Vacancy).ShouldBeNull();
    }

    [Fact]
    public void Experience_close_to_the_occupation_is_evidence_without_a_specific_skill()
    {
        Score score = _world.Score(Person with { Skills = [Skills.Teamwork] }, Vacancy)!.Value;

        score.ExactSkills.ShouldBe(0b100L);
        score.Relation.ShouldBe(OccupationRelation.SameOccupation);
    }

    [Theory]
    [InlineData(Occupations.ForkliftDriver, 20, nameof(OccupationRelation.SameOccupation))]
    [InlineData(Occupations.ReachTruckDriver, 14, nameof(OccupationRelation.SameUnitGroup))]
    [InlineData(Occupations.CraneOperator, 8, nameof(OccupationRelation.SameMinorGroup))]
    [InlineData(Occupations.Nurse, 0, nameof(OccupationRelation.None))]
    public void The_occupation_part_follows_the_isco_distance_of_the_best_experience(string occupation, int part, string relation)
    {
        Score score = _world.Score(Person with { Experience = [new(Occupations.ShopAssistant, 20), new(occupation, 1)] }, Vacancy)!.Value;

        score.Occupation.ShouldBe(part);
        score.Relation.ToString().ShouldBe(relation);
    }

    [Fact]
    public void Below_the_minimum_education_there_is_no_fit()
    {
        _world.Score(Person with { EducationLevel = "mbo2" }, Vacancy with { MinimumEducation = "mbo4" }).ShouldBeNull();
        _world.Score(Person with { EducationLevel = "mbo4" }, Vacancy with { MinimumEducation = "mbo4" }).ShouldNotBeNull("at least, not more than");
    }

    [Fact]
    public void An_unknown_or_missing_education_level_never_counts_as_meeting_a_minimum()
    {
        _world.Score(Person with { EducationLevel = null }, Vacancy with { MinimumEducation = "mbo2" }).ShouldBeNull();
        _world.Score(Person with { EducationLevel = "phd" }, Vacancy with { MinimumEducation = "mbo2" }).ShouldBeNull();
        _world.Concepts.EducationRank("phd").ShouldBe((byte)0);
    }

    [Theory]
    [InlineData(Occupations.ForkliftDriver, 3, true)]
    [InlineData(Occupations.ReachTruckDriver, 3, true)]
    [InlineData(Occupations.ForkliftDriver, 2, false)]
    [InlineData(Occupations.CraneOperator, 10, false)]
    public void Three_years_in_the_same_isco_unit_group_replace_a_diploma_where_the_vacancy_allows_it(string occupation, int years, bool fits)
    {
        VacancyDetails higher = Vacancy with { MinimumEducation = "hbo", ExperienceReplacesEducation = true };

        Score? score = _world.Score(Person with { EducationLevel = "mbo2", Experience = [new(occupation, years)] }, higher);

        (score is not null).ShouldBe(fits);
    }

    [Fact]
    public void Experience_never_replaces_a_diploma_the_vacancy_insists_on()
    {
        _world.Score(Person with { EducationLevel = "mbo2", Experience = [new(Occupations.ForkliftDriver, 30)] }, Vacancy with { MinimumEducation = "hbo" })
            .ShouldBeNull();
    }

    [Theory]
    [InlineData(0, 10)]
    [InlineData(2.4, 9)]  // 9.04, rounded down
    [InlineData(12, 5)]
    [InlineData(24.9, 0)]
    public void The_distance_part_falls_from_10_at_home_to_0_at_the_travel_limit(double km, int part)
    {
        (double latitude, double longitude) = World.EastOfZwolle(km);

        Score score = _world.Score(Person, Vacancy with { Latitude = latitude, Longitude = longitude })!.Value;

        score.Distance.ShouldBe(part);
        score.DistanceKm!.Value.ShouldBe(km, tolerance: 0.01);
    }

    [Fact]
    public void A_workplace_beyond_the_travel_limit_does_not_fit()
    {
        (double latitude, double longitude) = World.EastOfZwolle(25.1);

        _world.Score(Person, Vacancy with { Latitude = latitude, Longitude = longitude }).ShouldBeNull();
        _world.Score(Person with { MaxTravelKm = 26 }, Vacancy with { Latitude = latitude, Longitude = longitude }).ShouldNotBeNull();
    }

    [Fact]
    public void Remote_work_fits_from_anywhere_with_full_distance_marks()
    {
        VacancyDetails remote = Vacancy with { WorkplaceMode = "remote", Latitude = null, Longitude = null };

        Score score = _world.Score(Person with { Latitude = null, Longitude = null, MaxTravelKm = null }, remote)!.Value;

        score.Distance.ShouldBe(10);
        score.DistanceKm.ShouldBeNull();
    }

    [Fact]
    public void Without_a_home_point_or_a_travel_limit_on_site_work_is_not_matched()
    {
        _world.Score(Person with { Latitude = null, Longitude = null }, Vacancy).ShouldBeNull("no distance can be measured");
        _world.Score(Person with { MaxTravelKm = null }, Vacancy).ShouldBeNull("no travel limit given");
    }

    [Theory]
    [InlineData(32, 40, 10)] // all the vacancy's hours
    [InlineData(36, 40, 5)]  // 5 of its 9 possible weekly hours
    [InlineData(16, 32, 1)]  // the ranges touch at 32
    public void The_hours_part_is_the_share_of_the_vacancys_hours_the_person_wants(int min, int max, int part)
    {
        _world.Score(Person with { HoursMin = min, HoursMax = max }, Vacancy)!.Value.Hours.ShouldBe(part);
    }

    [Fact]
    public void Hours_that_do_not_overlap_do_not_fit()
    {
        _world.Score(Person with { HoursMin = 16, HoursMax = 31 }, Vacancy).ShouldBeNull();
    }

    [Fact]
    public void A_person_available_only_after_the_last_day_to_apply_does_not_fit()
    {
        _world.Score(Person with { AvailableFrom = World.ValidThrough }, Vacancy).ShouldNotBeNull("available on the last day still counts");
        _world.Score(Person with { AvailableFrom = World.ValidThrough.AddDays(1) }, Vacancy).ShouldBeNull();
    }

    [Fact]
    public void A_sector_the_person_did_not_wish_fits_only_when_they_are_open_to_others_and_earns_half()
    {
        JobseekerProfile careOnly = Person with { SectorTables = [Region.Care] };

        _world.Score(careOnly, Vacancy).ShouldBeNull();
        _world.Score(careOnly with { OpenToOtherSectors = true }, Vacancy)!.Value.Sector.ShouldBe(5);
    }

    [Fact]
    public void A_fit_below_the_minimum_score_of_35_is_no_fit()
    {
        // Order picking alone (2 of 8 skill points: 12), no close experience, a sector not wished (5), at the edge of
        // the travel limit (0), one shared hour (1): 18 in all, though every hard filter passes.
        (double latitude, double longitude) = World.EastOfZwolle(24.9);
        JobseekerProfile faint = Person with
        {
            Experience = [new(Occupations.ShopAssistant, 1)],
            Skills = [Skills.OrderPicking],
            SectorTables = [Region.Care],
            OpenToOtherSectors = true,
            HoursMin = 16,
            HoursMax = 32,
        };
        VacancyDetails far = Vacancy with { Latitude = latitude, Longitude = longitude };

        _world.Score(faint, far).ShouldBeNull();
        _world.Score(faint with { Experience = [new(Occupations.ForkliftDriver, 1)], SectorTables = [Region.Logistics] }, Vacancy)!.Value.Total
            .ShouldBeGreaterThanOrEqualTo(Scorer.MinimumScore);
    }

    [Fact]
    public void The_weights_add_up_to_100()
    {
        (Scorer.SkillsWeight + 20 + Scorer.SectorWeight + Scorer.DistanceWeight + Scorer.HoursWeight).ShouldBe(100);
    }

    [Fact]
    public void The_parts_always_add_up_to_the_total()
    {
        (double latitude, double longitude) = World.EastOfZwolle(7.3);
        Score score = _world.Score(
            Person with { Skills = [Skills.ReachTruck, Skills.OrderPicking], Experience = [new(Occupations.CraneOperator, 2)], HoursMin = 24, HoursMax = 36 },
            Vacancy with { Latitude = latitude, Longitude = longitude })!.Value;

        (score.Skills + score.Occupation + score.Sector + score.Distance + score.Hours).ShouldBe(score.Total);
        score.Total.ShouldBeLessThan(100);
    }
}

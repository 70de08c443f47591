using System.Reflection;
using Labor.Jobseekers.Contracts;
using Labor.Matching.Engine;
using Labor.Reference.Contracts;

namespace Labor.Matching.Tests;

/// <summary>How profiles and vacancies become what the engine compares, and what never reaches it.</summary>
public sealed class EntryFactoryTests
{
    private readonly World _world = new();

    [Fact]
    public void Age_band_and_gender_cannot_change_a_score()
    {
        Score anonymous = _world.Score(World.ForkliftDriver, World.ForkliftVacancy)!.Value;

        foreach (string age in new[] { "18-25", "55+" })
        {
            foreach (string gender in new[] { "woman", "man", "other" })
            {
                _world.Score(World.ForkliftDriver with { Fairness = new FairnessTraits(age, gender) }, World.ForkliftVacancy)!.Value.ShouldBe(anonymous);
            }
        }
    }

    [Fact]
    public void The_engine_has_no_place_for_protected_traits_or_identity()
    {
        string[] forbidden = ["age", "gender", "fairness", "name", "municipality", "postcode", "situation"];

        typeof(JobseekerEntry).GetProperties(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)
            .Select(p => p.Name.ToLowerInvariant())
            .ShouldAllBe(name => !forbidden.Any(word => name.Contains(word, StringComparison.Ordinal)));
    }

    [Fact]
    public void A_profile_without_hours_or_without_both_skills_and_experience_is_not_matched()
    {
        Concepts concepts = _world.Concepts;

        EntryFactory.Jobseeker(Guid.NewGuid(), World.ForkliftDriver with { HoursMin = null }, true, concepts).ShouldBeNull();
        EntryFactory.Jobseeker(Guid.NewGuid(), World.ForkliftDriver with { HoursMax = null }, true, concepts).ShouldBeNull();
        EntryFactory.Jobseeker(Guid.NewGuid(), World.ForkliftDriver with { Skills = [], Experience = [] }, true, concepts).ShouldBeNull();
        EntryFactory.Jobseeker(Guid.NewGuid(), World.ForkliftDriver with { Skills = [] }, true, concepts).ShouldNotBeNull("experience alone is enough");
        EntryFactory.Jobseeker(Guid.NewGuid(), World.ForkliftDriver with { Experience = [] }, true, concepts).ShouldNotBeNull("skills alone are enough");
    }

    [Fact]
    public void A_workplace_without_a_point_is_treated_as_remote_and_a_hybrid_one_with_a_point_as_on_site()
    {
        _world.Entry(World.ForkliftVacancy with { Latitude = null, Longitude = null }).Remote.ShouldBeTrue();
        _world.Entry(World.ForkliftVacancy with { WorkplaceMode = "hybrid" }).Remote.ShouldBeFalse();
        _world.Entry(World.ForkliftVacancy with { WorkplaceMode = "remote" }).Remote.ShouldBeTrue("even with a point");
    }

    [Fact]
    public void Skill_slots_keep_the_vacancys_order_with_essential_and_specific_bits()
    {
        VacancyEntry v = _world.Entry(World.ForkliftVacancy);

        v.Skills.Select(_world.Concepts.SkillUri).ShouldBe([Skills.Forklift, Skills.OrderPicking, Skills.Teamwork]);
        v.Essential.ShouldBe(0b001L);
        v.SpecificSkills.ShouldBe(0b011L, "teamwork is transversal: part of a fit, never alone its reason");
    }

    [Fact]
    public void A_replaced_regional_skill_is_the_skill_that_replaced_it()
    {
        Score score = _world.Score(World.ForkliftDriver with { Skills = [Skills.OldForklift, Skills.OrderPicking, Skills.Teamwork] }, World.ForkliftVacancy)!.Value;

        score.ExactSkills.ShouldBe(0b111L);
        _world.Concepts.Skill(Skills.OldForklift).ShouldBe(_world.Concepts.Skill(Skills.Forklift));
    }

    [Fact]
    public void After_the_index_is_built_a_skill_it_never_saw_matches_nothing()
    {
        int forklift = _world.Concepts.Skill(Skills.Forklift);
        _world.Concepts.Freeze();

        _world.Concepts.Skill(Skills.WoundCare).ShouldBe(Concepts.UnknownSkill);
        _world.Concepts.Skill(Skills.Forklift).ShouldBe(forklift);
        _world.Concepts.Occupation(Occupations.Nurse).ShouldBe(Concepts.NoConcept);
        _world.Concepts.Knows([Skills.Forklift, Skills.WoundCare], []).ShouldBeFalse();
        new SkillMarks(_world.Concepts.SkillCount).Has(Concepts.UnknownSkill).ShouldBeFalse();
    }

    [Fact]
    public void Work_outside_every_sector_table_is_a_sector_of_its_own_for_a_move()
    {
        JobseekerProfile shopAssistant = World.ForkliftDriver with { Experience = [new(Occupations.ShopAssistant, 4)] };
        JobseekerProfile newcomer = World.ForkliftDriver with { Experience = [] };

        _world.Entry(shopAssistant).HomeSectors.ShouldBe(Concepts.OutsideEveryTable);
        _world.Score(shopAssistant, World.ForkliftVacancy)!.Value.Intersectoral.ShouldBeTrue("from retail into logistics crosses a sector boundary");
        _world.Score(newcomer, World.ForkliftVacancy)!.Value.Intersectoral.ShouldBeFalse("without experience there is nowhere to move from");
    }

    [Fact]
    public void Sector_tables_are_bits_in_the_regions_order_and_unknown_names_add_none()
    {
        _world.Concepts.SectorMask([Region.Care, "Ruimtevaart"]).ShouldBe(0b010);
        _world.Concepts.SectorTablesIn(0b101).ShouldBe([Region.Logistics, Region.ECommerce]);
    }
}

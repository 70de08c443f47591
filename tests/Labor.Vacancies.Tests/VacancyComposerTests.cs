using Labor.Vacancies.Domain;
using Labor.Vacancies.Content;

namespace Labor.Vacancies.Tests;

/// <summary>How a checked request becomes a vacancy's content: canonical names, the workplace placed (<see cref="VacancyComposer"/>).</summary>
public sealed class VacancyComposerTests
{
    private readonly FixedClock _clock = new();
    private readonly Postcodes _postcodes = Postcodes.Zwolle();
    private readonly VacancyComposer _composer;

    public VacancyComposerTests() => _composer = new VacancyComposer(new Region(), Vocabulary.Sample(), _postcodes);

    [Fact]
    public async Task A_known_postcode_places_the_workplace_on_its_own_point()
    {
        VacancyContent content = await ContentAsync(Sample.Request(_clock));

        content.Workplace.ShouldBe(new Workplace(WorkplaceMode.Onsite, "8011 PK", "Zwolle", Postcodes.ZwolleCentre.Latitude, Postcodes.ZwolleCentre.Longitude, Geocoded: true));
    }

    [Fact]
    public async Task A_well_formed_postcode_nobody_has_is_refused()
    {
        ComposedVacancy composed = await ComposeAsync(Sample.Request(_clock) with { Workplace = new WorkplaceRequest("onsite", "9999 ZZ", "Zwolle") });

        composed.Content.ShouldBeNull();
        composed.Errors!.Keys.ShouldBe(["workplace.postcode"]);
    }

    [Fact]
    public async Task While_the_geocoder_is_down_the_municipalitys_centre_stands_in()
    {
        _postcodes.Unreachable = true;

        VacancyContent content = await ContentAsync(Sample.Request(_clock) with { Workplace = new WorkplaceRequest("onsite", "8011 PK", " zwolle ") });

        content.Workplace.ShouldBe(new Workplace(WorkplaceMode.Onsite, "8011 PK", "Zwolle", Region.Zwolle.Latitude, Region.Zwolle.Longitude, Geocoded: false));
    }

    [Fact]
    public async Task Remote_work_has_no_place()
    {
        (await ContentAsync(Sample.Request(_clock) with { Workplace = new WorkplaceRequest("Remote", null, null) })).Workplace
            .ShouldBe(new Workplace(WorkplaceMode.Remote, null, null, null, null, Geocoded: false));
    }

    [Fact]
    public async Task Sector_tables_default_to_the_occupations_and_one_in_no_table_must_choose()
    {
        (await ContentAsync(Sample.Request(_clock))).SectorTables.ShouldBe([Region.Logistics]);
        (await ContentAsync(Sample.Request(_clock) with { SectorTables = ["zorg & welzijn", "Zorg & Welzijn"] })).SectorTables.ShouldBe([Region.Care], "canonical names, once each");
        (await ComposeAsync(Sample.Request(_clock) with { Occupation = Occupations.ShopAssistant })).Errors!.Keys.ShouldBe(["sectorTables"]);
    }

    [Fact]
    public async Task Names_are_stored_in_canonical_form()
    {
        VacancyContent content = await ContentAsync(Sample.Request(_clock) with
        {
            Title = "  Heftruckchauffeur  ",
            Skills = [new(Skills.OldForklift, true), new(Skills.OrderPicking, false)],
            MinimumEducation = "MBO2",
            ContractType = "Temp-Agency",
        });

        (content.Title, content.MinimumEducation, content.ContractType).ShouldBe(("Heftruckchauffeur", "mbo2", ContractType.TempAgency));
        content.EssentialSkills.ShouldBe([Skills.Forklift], "a replaced skill is stored as the skill that replaced it");
        content.OptionalSkills.ShouldBe([Skills.OrderPicking]);
    }

    [Fact]
    public async Task A_replaced_skill_named_beside_the_skill_that_replaced_it_is_one_skill_essential_if_either_was()
    {
        VacancyContent content = await ContentAsync(Sample.Request(_clock) with
        {
            Skills = [new(Skills.OldForklift, false), new(Skills.Forklift, true), new(Skills.OldForklift, true), new(Skills.OrderPicking, false)],
        });

        content.EssentialSkills.ShouldBe([Skills.Forklift]);
        content.OptionalSkills.ShouldBe([Skills.OrderPicking], "a skill is essential or optional, never both: the scorer would count it twice");
    }

    [Fact]
    public async Task Without_a_minimum_education_none_is_stored_and_one_opening_is_assumed()
    {
        VacancyContent content = await ContentAsync(Sample.Request(_clock));

        (content.MinimumEducation, content.Openings, content.ExperienceReplacesEducation).ShouldBe(("none", 1, false));
    }

    private Task<ComposedVacancy> ComposeAsync(VacancyRequest request) => _composer.ComposeAsync(request, CancellationToken.None);

    private async Task<VacancyContent> ContentAsync(VacancyRequest request) => (await ComposeAsync(request)).Content.ShouldNotBeNull();
}

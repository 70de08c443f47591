using Labor.Jobseekers.Contracts;
using Labor.Jobseekers.Domain;
using Labor.Jobseekers.Profile;
using Labor.Reference.Contracts;

namespace Labor.Jobseekers.Tests;

/// <summary>How a checked request becomes the stored profile, and what of it other modules hear (<see cref="ProfileComposer"/>).</summary>
public sealed class ProfileComposerTests
{
    private static readonly GeoPoint Home = Postcodes.ZwolleCentre;

    private readonly Postcodes _postcodes = Postcodes.Zwolle();
    private readonly ProfileComposer _composer;

    public ProfileComposerTests() => _composer = new ProfileComposer(new Region(), Vocabulary.Sample(), _postcodes);

    [Fact]
    public async Task The_postcode_is_stored_in_normal_form_and_places_the_person_in_its_municipality()
    {
        ProfileContent profile = await ProfileAsync(Sample.Request with { Postcode = "8011pk", Municipality = "Kampen" });

        (profile.Postcode, profile.Municipality, profile.Latitude, profile.Longitude, profile.AwaitsGeocoder)
            .ShouldBe(("8011 PK", "Zwolle", Home.Latitude, Home.Longitude, false), "the postcode decides the municipality when it can be placed");
    }

    [Fact]
    public async Task A_well_formed_postcode_nobody_has_is_refused()
    {
        ComposedProfile composed = await _composer.ComposeAsync(Sample.Request with { Postcode = "9999 ZZ" }, CancellationToken.None);

        composed.Profile.ShouldBeNull();
        composed.Errors!.Keys.ShouldBe(["postcode"]);
    }

    [Fact]
    public async Task While_the_geocoder_is_down_the_person_is_kept_with_the_municipalitys_centre_until_the_postcode_is_placed()
    {
        _postcodes.Unreachable = true;

        ProfileContent profile = await ProfileAsync(Sample.Request with { Municipality = "kampen" });

        (profile.Municipality, profile.Latitude, profile.Longitude, profile.AwaitsGeocoder)
            .ShouldBe(("Kampen", Region.Kampen.Latitude, Region.Kampen.Longitude, true));
    }

    [Fact]
    public async Task While_the_geocoder_is_down_and_no_municipality_is_given_the_person_has_no_point_yet()
    {
        _postcodes.Unreachable = true;

        ProfileContent profile = await ProfileAsync(Sample.Request);

        (profile.Municipality, profile.Latitude, profile.AwaitsGeocoder).ShouldBe(((string?)null, (double?)null, true));
    }

    [Fact]
    public async Task A_replaced_skill_named_beside_the_skill_that_replaced_it_is_stored_once()
    {
        ProfileContent profile = await ProfileAsync(Sample.Request with { Skills = [Skills.OldForklift, Skills.Forklift] });

        profile.Skills.ShouldBe([Skills.Forklift]);
    }

    [Fact]
    public async Task Codes_and_names_are_stored_in_canonical_form()
    {
        ProfileContent profile = await ProfileAsync(Sample.Request with
        {
            Name = "  Marieke de Vries ",
            EducationLevel = "MBO4",
            Diplomas = [" Heftruckcertificaat ", "heftruckcertificaat", "VCA"],
            Skills = [Skills.OldForklift, Skills.OrderPicking],
            SectorTables = ["zorg & welzijn", "Zorg & Welzijn"],
        });

        (profile.Name, profile.EducationLevel).ShouldBe(("Marieke de Vries", "mbo4"));
        profile.Diplomas.ShouldBe(["Heftruckcertificaat", "VCA"]);
        profile.Skills.ShouldBe([Skills.Forklift, Skills.OrderPicking], "a replaced skill is stored as the skill that replaced it");
        profile.SectorTables.ShouldBe([Region.Care]);
    }

    [Fact]
    public async Task Left_out_the_person_is_open_to_other_sectors_and_gets_a_daily_digest()
    {
        ProfileContent profile = await ProfileAsync(Sample.Request);

        (profile.OpenToOtherSectors, profile.DigestFrequency).ShouldBe((true, "daily"));
    }

    [Fact]
    public async Task Other_modules_hear_no_name_postcode_or_diplomas_and_the_traits_only_apart()
    {
        ProfileContent profile = await ProfileAsync(Sample.Request with { AgeBand = "26-35", Gender = "woman" });

        JobseekerProfile told = SharedProfile.Of(profile);

        told.Fairness.ShouldBe(new FairnessTraits("26-35", "woman"));
        string[] members = [.. typeof(JobseekerProfile).GetProperties().Select(p => p.Name)];
        members.ShouldNotContain(nameof(ProfileContent.Name));
        members.ShouldNotContain(nameof(ProfileContent.Postcode));
        members.ShouldNotContain(nameof(ProfileContent.Diplomas));
        (told.Municipality, told.Latitude, told.Skills).ShouldBe((profile.Municipality, profile.Latitude, (IReadOnlyList<string>)profile.Skills));
    }

    private async Task<ProfileContent> ProfileAsync(ProfileRequest request) =>
        (await _composer.ComposeAsync(request, CancellationToken.None)).Profile.ShouldNotBeNull();
}

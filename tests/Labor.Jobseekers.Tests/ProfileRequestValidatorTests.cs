using Labor.Jobseekers.Profile;

namespace Labor.Jobseekers.Tests;

/// <summary>The input rules of a profile at their boundaries (<see cref="ProfileRequestValidator"/>).</summary>
public sealed class ProfileRequestValidatorTests
{
    private readonly FixedClock _clock = new();
    private readonly ProfileRequestValidator _validator;

    public ProfileRequestValidatorTests() => _validator = new ProfileRequestValidator(new Region(), Vocabulary.Sample(), _clock);

    [Fact]
    public void The_sample_profile_is_valid() => Problems(Sample.Request).ShouldBeEmpty();

    [Theory]
    [InlineData("8011pk", "")]
    [InlineData(" 8011 PK ", "")]
    [InlineData("0123 AB", "Postcode")] // no postcode starts with 0
    [InlineData("8011 SA", "Postcode")] // SA, SD and SS are never issued
    [InlineData("8011", "Postcode")]
    [InlineData("", "Postcode")]
    public void The_home_postcode_is_a_dutch_one(string postcode, string refused)
    {
        Problems(Sample.Request with { Postcode = postcode }).ShouldBe(refused.Length == 0 ? [] : [refused]);
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData(" ", true)]
    [InlineData("kampen", true)]
    [InlineData("Amsterdam", false)]
    public void The_municipality_may_be_left_out_but_if_given_lies_in_the_region(string? municipality, bool valid)
    {
        Problems(Sample.Request with { Municipality = municipality }).Length.ShouldBe(valid ? 0 : 1);
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(150, true)]
    [InlineData(0, false)]
    [InlineData(151, false)]
    public void The_travel_limit_is_1_to_150_km(int km, bool valid)
    {
        Problems(Sample.Request with { MaxTravelKm = km }).Length.ShouldBe(valid ? 0 : 1);
    }

    [Fact]
    public void Available_from_at_most_two_years_ahead()
    {
        Problems(Sample.Request with { AvailableFrom = _clock.Today.AddYears(2) }).ShouldBeEmpty();
        Problems(Sample.Request with { AvailableFrom = _clock.Today.AddYears(2).AddDays(1) }).ShouldBe(["AvailableFrom"]);
    }

    [Theory]
    [InlineData(null, true)]  // not given
    [InlineData("HBO", true)] // codes ignore case
    [InlineData("phd", false)]
    [InlineData("", false)]
    public void An_education_level_is_one_of_the_regions_codes_or_left_out(string? code, bool valid)
    {
        Problems(Sample.Request with { EducationLevel = code }).Length.ShouldBe(valid ? 0 : 1);
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(60, true)]
    [InlineData(-1, false)]
    [InlineData(61, false)]
    public void Experience_is_0_to_60_years(int years, bool valid)
    {
        Problems(Sample.Request with { Experience = [new(Occupations.ForkliftDriver, years)] }).Length.ShouldBe(valid ? 0 : 1);
    }

    [Fact]
    public void Occupations_and_skills_are_named_once_each_and_must_be_known()
    {
        Problems(Sample.Request with { Experience = [new(Occupations.ForkliftDriver, 2), new(Occupations.ForkliftDriver, 4)] }).ShouldBe(["Experience"]);
        Problems(Sample.Request with { Skills = [Skills.Forklift, Skills.Forklift] }).ShouldBe(["Skills"]);
        Problems(Sample.Request with { Skills = ["urn:test:skill:juggling"] }).ShouldBe(["Skills[0]"]);
        Problems(Sample.Request with { Experience = [new("urn:test:occupation:astronaut", 1)] }).ShouldBe(["Experience[0].Occupation"]);
    }

    [Fact]
    public void Voluntary_traits_may_be_left_out_but_if_given_are_one_of_the_listed_codes()
    {
        Problems(Sample.Request with { AgeBand = "55+", Gender = "other" }).ShouldBeEmpty();
        Problems(Sample.Request with { AgeBand = "55", Gender = "x" }).ShouldBe(["AgeBand", "Gender"]);
        Problems(Sample.Request with { DigestFrequency = "hourly", Situation = "retired", Language = "de" }).ShouldBe(["Situation", "Language", "DigestFrequency"]);
    }

    private string[] Problems(ProfileRequest request) => [.. _validator.Validate(request).Errors.Select(e => e.PropertyName).Distinct()];
}

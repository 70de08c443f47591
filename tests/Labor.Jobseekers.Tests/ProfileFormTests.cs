using Labor.Jobseekers.Pages.Jobseeker;
using Labor.Jobseekers.Profile;
using Labor.Reference.Contracts;

namespace Labor.Jobseekers.Tests;

/// <summary>The profile page's form becomes the same request the API takes, skills and occupations named in words.</summary>
public sealed class ProfileFormTests
{
    private readonly Vocabulary _vocabulary = Vocabulary.Sample();

    [Fact]
    public void Skills_one_per_line_become_their_uris_once_each_and_unknown_words_are_reported()
    {
        var form = new ProfileForm { Skills = "heftruck besturen\r\n  orderpicken  \n\nHEFTRUCK BESTUREN\njongleren" };

        (ProfileRequest request, IReadOnlyList<string> unknownSkills, _) = form.ToRequest(_vocabulary, Language.Nl);

        request.Skills.ShouldBe([Skills.Forklift, Skills.OrderPicking]);
        unknownSkills.ShouldBe(["jongleren"]);
    }

    [Fact]
    public void Experience_rows_left_empty_are_skipped_and_years_left_out_count_as_none()
    {
        var form = new ProfileForm
        {
            Experience = [new() { Occupation = "verpleegkundige" }, new() { Occupation = "  ", Years = 3 }, new() { Occupation = "astronaut", Years = 2 }],
        };

        (ProfileRequest request, _, IReadOnlyList<string> unknownOccupations) = form.ToRequest(_vocabulary, Language.Nl);

        request.Experience.ShouldBe([new ExperienceRequest(Occupations.Nurse, 0)]);
        unknownOccupations.ShouldBe(["astronaut"]);
    }

    [Fact]
    public void A_selects_empty_choice_means_not_given()
    {
        var form = new ProfileForm { EducationLevel = "", Gender = " ", AgeBand = "26-35", Diplomas = "VCA\nvca\n" };

        (ProfileRequest request, _, _) = form.ToRequest(_vocabulary, Language.Nl);

        (request.EducationLevel, request.Gender, request.AgeBand).ShouldBe(((string?)null, (string?)null, "26-35"));
        request.Diplomas.ShouldBe(["VCA"]);
    }
}

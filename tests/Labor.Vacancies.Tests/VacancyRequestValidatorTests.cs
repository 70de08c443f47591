using FluentValidation.Results;
using Labor.Vacancies.Content;

namespace Labor.Vacancies.Tests;

/// <summary>The input rules at the edge, at their boundaries (<see cref="VacancyRequestValidator"/>).</summary>
public sealed class VacancyRequestValidatorTests
{
    private readonly FixedClock _clock = new();
    private readonly VacancyRequestValidator _validator;
    private readonly VacancyRequest _valid;

    public VacancyRequestValidatorTests()
    {
        _validator = new VacancyRequestValidator(new Region(), Vocabulary.Sample(), _clock);
        _valid = Sample.Request(_clock);
    }

    [Fact]
    public void The_sample_request_is_valid() => Problems(_valid).ShouldBeEmpty();

    [Theory]
    [InlineData(0, false)]   // today: nobody could still apply tomorrow
    [InlineData(1, true)]
    [InlineData(366, false)] // more than a year ahead (2026 is no leap year)
    [InlineData(365, true)]
    public void The_last_day_to_apply_is_after_today_and_at_most_a_year_ahead(int days, bool valid)
    {
        Problems(_valid with { ValidThrough = _clock.Today.AddDays(days) }).Contains("ValidThrough").ShouldBe(!valid);
    }

    [Theory]
    [InlineData(1, 60, "")]
    [InlineData(32, 32, "")]
    [InlineData(0, 40, "HoursMin")]
    [InlineData(32, 61, "HoursMax")]
    [InlineData(40, 32, "HoursMin")]
    public void Hours_are_1_to_60_a_week_and_the_minimum_is_not_above_the_maximum(int min, int max, string refused)
    {
        Problems(_valid with { HoursMin = min, HoursMax = max }).ShouldBe(refused.Length == 0 ? [] : [refused]);
    }

    [Fact]
    public void At_least_one_skill_is_essential_and_each_is_named_once()
    {
        Problems(_valid with { Skills = [new(Skills.Forklift, false)] }).ShouldBe(["Skills"]);
        Problems(_valid with { Skills = [new(Skills.Forklift, true), new(Skills.Forklift, false)] }).ShouldBe(["Skills"]);
    }

    [Fact]
    public void At_most_forty_skills()
    {
        string[] uris = [.. Enumerable.Range(0, VacancyRequestValidator.MaxSkills + 1).Select(i => $"urn:test:skill:{i}")];
        Vocabulary vocabulary = Vocabulary.Sample();
        foreach (string uri in uris)
        {
            vocabulary.Skill(uri, uri);
        }

        var validator = new VacancyRequestValidator(new Region(), vocabulary, _clock);
        SkillChoice[] forty = [.. uris.Skip(1).Select(uri => new SkillChoice(uri, true))];

        validator.Validate(_valid with { Skills = forty }).IsValid.ShouldBeTrue();
        validator.Validate(_valid with { Skills = [new(uris[0], true), .. forty] }).Errors.ShouldHaveSingleItem().PropertyName.ShouldBe("Skills");
    }

    [Theory]
    [InlineData("hour", 500, true)]
    [InlineData("hour", 501, false)]
    [InlineData("month", 50_000, true)]
    [InlineData("month", 50_001, false)]
    [InlineData("year", 600_001, false)]
    public void A_salary_above_anything_in_the_region_for_its_period_is_refused(string period, int max, bool valid)
    {
        Problems(_valid with { Salary = new SalaryRequest(1, max, period) }).Contains("Salary.Max").ShouldBe(!valid);
    }

    [Fact]
    public void A_salary_maximum_below_its_minimum_is_refused()
    {
        Problems(_valid with { Salary = new SalaryRequest(3000, 2999, "month") }).ShouldBe(["Salary.Max"]);
    }

    [Fact]
    public void Remote_work_needs_no_postcode_but_work_on_site_needs_one_in_the_region()
    {
        Problems(_valid with { Workplace = new WorkplaceRequest("REMOTE", null, null) }).ShouldBeEmpty();
        Problems(_valid with { Workplace = new WorkplaceRequest("hybrid", null, "Zwolle") }).ShouldBe(["Workplace.Postcode"]);
        Problems(_valid with { Workplace = new WorkplaceRequest("onsite", "8011 SS", "Zwolle") }).ShouldBe(["Workplace.Postcode"], "SS is never issued");
        Problems(_valid with { Workplace = new WorkplaceRequest("onsite", "8011 PK", "Amsterdam") }).ShouldBe(["Workplace.Municipality"]);
    }

    private string[] Problems(VacancyRequest request)
    {
        ValidationResult result = _validator.Validate(request);
        return [.. result.Errors.Select(e => e.PropertyName).Distinct()];
    }
}

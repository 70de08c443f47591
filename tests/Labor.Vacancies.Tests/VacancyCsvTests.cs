using System.Text;
using Labor.BuildingBlocks.Csv;
using Labor.Vacancies.BulkImport;
using Labor.Vacancies.Content;

namespace Labor.Vacancies.Tests;

/// <summary>How an employer's spreadsheet row becomes the same request the API takes (<see cref="VacancyCsv"/>).</summary>
public sealed class VacancyCsvTests
{
    private const string Header = "title,description,occupation,essentialSkills,optionalSkills,hoursMin,hoursMax,contractType,workplaceMode,postcode,municipality,validThrough,howToApply";

    private readonly Vocabulary _vocabulary = Vocabulary.Sample();

    [Fact]
    public void Occupations_and_skills_given_by_name_become_their_uris_and_lists_split_on_bars()
    {
        VacancyRequest request = ReadOne("Heftruckchauffeur,Tekst,heftruckchauffeur,heftruck besturen,orderpicken | Orderpicken,32,40,temp-agency,onsite,8011 PK,Zwolle,2026-06-30,Bel ons");

        request.Occupation.ShouldBe(Occupations.ForkliftDriver);
        request.Skills!.Select(s => (s.Uri, s.Essential)).ShouldBe([(Skills.Forklift, true), (Skills.OrderPicking, false), (Skills.OrderPicking, false)],
            "a skill named twice is left for the validator to name");
    }

    [Fact]
    public void A_name_that_matches_nothing_is_kept_as_written_for_the_validator_to_name()
    {
        VacancyRequest request = ReadOne("Heftruckchauffeur,Tekst,astronaut,jongleren,,32,40,temp-agency,onsite,8011 PK,Zwolle,2026-06-30,Bel ons");

        request.Occupation.ShouldBe("astronaut");
        request.Skills!.ShouldHaveSingleItem().Uri.ShouldBe("jongleren");
    }

    [Theory]
    [InlineData("2026-06-30")]
    [InlineData("30-6-2026")]
    [InlineData("30-06-2026")]
    public void Dates_are_read_in_iso_or_dutch_order(string date)
    {
        ReadOne($"T,D,heftruckchauffeur,heftruck besturen,,32,40,temp-agency,onsite,8011 PK,Zwolle,{date},Bel").ValidThrough.ShouldBe(new DateOnly(2026, 6, 30));
    }

    [Theory]
    [InlineData("validThrough", "T,D,heftruckchauffeur,heftruck besturen,,32,40,temp-agency,onsite,8011 PK,Zwolle,06/30/2026,Bel")]
    [InlineData("hoursMin", "T,D,heftruckchauffeur,heftruck besturen,,twee,40,temp-agency,onsite,8011 PK,Zwolle,2026-06-30,Bel")]
    public void A_value_that_cannot_be_read_is_named_by_row_and_column(string column, string row)
    {
        (_, ImportErrors errors) = Read(Header, row);

        ImportError error = errors.All.ShouldHaveSingleItem();
        (error.Row, error.Field).ShouldBe((2, column), "the header is row 1, as a spreadsheet numbers rows");
    }

    [Fact]
    public void Amounts_take_a_decimal_comma_and_yes_no_flags_take_dutch_and_english()
    {
        VacancyRequest request = ReadOne(
            "salaryMin,salaryMax,salaryPeriod,experienceReplacesEducation,confirmDuplicate,status," + Header,
            "\"14,50\",16.25,hour,ja,No,Draft,T,D,heftruckchauffeur,heftruck besturen,,32,40,temp-agency,onsite,8011 PK,Zwolle,2026-06-30,Bel");

        (request.Salary!.Min, request.Salary.Max, request.Salary.Period).ShouldBe((14.50m, 16.25m, "hour"));
        (request.ExperienceReplacesEducation, request.ConfirmDuplicate, request.Draft).ShouldBe((true, false, true));
    }

    [Fact]
    public void A_flag_that_is_neither_yes_nor_no_is_named()
    {
        (_, ImportErrors errors) = Read(
            "confirmDuplicate," + Header,
            "misschien,T,D,heftruckchauffeur,heftruck besturen,,32,40,temp-agency,onsite,8011 PK,Zwolle,2026-06-30,Bel");

        errors.All.ShouldHaveSingleItem().Field.ShouldBe("confirmDuplicate");
    }

    [Fact]
    public void Without_salary_columns_there_is_no_salary_and_without_status_the_row_is_published()
    {
        VacancyRequest request = ReadOne("T,D,heftruckchauffeur,heftruck besturen,,32,40,temp-agency,onsite,8011 PK,Zwolle,2026-06-30,Bel");

        request.Salary.ShouldBeNull();
        request.Draft.ShouldBe(false);
    }

    [Fact]
    public void A_file_of_more_than_a_thousand_vacancies_is_refused_after_the_thousandth()
    {
        string row = "T,D,heftruckchauffeur,heftruck besturen,,32,40,temp-agency,onsite,8011 PK,Zwolle,2026-06-30,Bel";

        (IReadOnlyList<(int Row, VacancyRequest Request)> rows, ImportErrors errors) = Read([Header, .. Enumerable.Repeat(row, VacancyCsv.MaxRows + 1)]);

        rows.Count.ShouldBe(VacancyCsv.MaxRows);
        errors.All.ShouldHaveSingleItem().Row.ShouldBe(VacancyCsv.MaxRows + 2);
    }

    private VacancyRequest ReadOne(string row) => ReadOne(Header, row);

    private VacancyRequest ReadOne(string header, string row)
    {
        (IReadOnlyList<(int Row, VacancyRequest Request)> rows, ImportErrors errors) = Read(header, row);
        errors.All.ShouldBeEmpty();
        return rows.ShouldHaveSingleItem().Request;
    }

    private (IReadOnlyList<(int Row, VacancyRequest Request)> Rows, ImportErrors Errors) Read(params string[] lines)
    {
        var errors = new ImportErrors();
        using var content = new MemoryStream(Encoding.UTF8.GetBytes(string.Join("\r\n", lines)));
        return (VacancyCsv.Read(content, "vacatures.csv", _vocabulary, errors), errors);
    }
}

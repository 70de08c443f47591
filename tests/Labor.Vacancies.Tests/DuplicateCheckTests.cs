using Labor.Vacancies.Domain;
using Labor.Vacancies.Lifecycle;

namespace Labor.Vacancies.Tests;

/// <summary>
/// A near-duplicate: the same occupation, a title sharing at least 60 % of its words, and a text sharing at least 70 %
/// of its three-word phrases (<see cref="DuplicateCheck.Similar"/>).
/// </summary>
public sealed class DuplicateCheckTests
{
    private const string TenWords = "een twee drie vier vijf zes zeven acht negen tien";

    [Fact]
    public void The_same_vacancy_again_is_a_near_duplicate()
    {
        DuplicateCheck.Similar(Draft(Sample.Content), Draft(Sample.Content)).ShouldBeTrue();
    }

    [Fact]
    public void Another_occupation_is_never_a_duplicate()
    {
        DuplicateCheck.Similar(Draft(Sample.Content), Draft(Sample.Content with { OccupationUri = Occupations.ShopAssistant })).ShouldBeFalse();
    }

    [Theory]
    [InlineData("heftruck dagdienst zwolle centrum", "heftruck dagdienst zwolle noord", true)]  // 3 of 5 words: 60 % is enough
    [InlineData("heftruck dagdienst zwolle", "heftruck avonddienst zwolle", false)]             // 2 of 4 words: 50 %
    [InlineData("Heftruckchauffeur (m/v) - Zwolle", "heftruckchauffeur m/v, zwolle", true)]     // case and punctuation aside
    [InlineData("zwolle heftruck dagdienst", "dagdienst heftruck zwolle", true)]                 // a title's word order does not matter
    public void Titles_are_compared_by_their_words(string title, string other, bool similar)
    {
        DuplicateCheck.Similar(Draft(Sample.Content with { Title = title }), Draft(Sample.Content with { Title = other })).ShouldBe(similar);
    }

    [Theory]
    [InlineData("een twee drie vier vijf zes zeven acht negen elf", true)]   // the last word: 7 of 9 phrases shared
    [InlineData("een twee drie vier VIJF. zes zeven acht negen tien", true)] // case and punctuation aside
    [InlineData("een twee drie vier elf zes zeven acht negen tien", false)]  // a middle word: 5 of 11 shared
    [InlineData("tien negen acht zeven zes vijf vier drie twee een", false)] // the same words in another order
    public void Texts_are_compared_by_their_three_word_phrases(string text, bool similar)
    {
        DuplicateCheck.Similar(Draft(Sample.Content with { DescriptionText = TenWords }), Draft(Sample.Content with { DescriptionText = text }))
            .ShouldBe(similar);
    }

    [Fact]
    public void Texts_of_fewer_than_three_words_are_compared_by_their_words()
    {
        DuplicateCheck.Similar(Draft(Sample.Content with { DescriptionText = "Solliciteer nu" }), Draft(Sample.Content with { DescriptionText = "solliciteer NU!" }))
            .ShouldBeTrue();
    }

    private static Vacancy Draft(VacancyContent content) => Vacancy.Draft(Sample.Organisation, content, FixedClock.Noon);
}

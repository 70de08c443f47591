using Labor.Reference.Contracts;
using Labor.Reference.Vocabulary;

namespace Labor.Reference.Tests.Vocabulary;

public sealed class LabelIndexTests
{
    private static readonly LabelIndex Index = new([
        Concept("urn:forklift", "heftruck besturen", "operate forklift", ["heftruck rijden"], ["drive forklift"]),
        Concept("urn:reach", "reachtruck besturen", "operate reach truck", [], []),
        Concept("urn:wound", "wondverzorging", "wound care", ["wonden verzorgen"], []),
        Concept("urn:team", "samenwerken in een team", "work in a team", ["teamwork"], ["teamwork"]),
        Concept("urn:plan", "planning maken", "make a schedule", [], ["planning"]),
        Concept("urn:café", "koffie zetten", "make coffee", ["barista-werk"], []),
    ]);

    [Theory]
    [InlineData("heft", "urn:forklift")]            // prefix
    [InlineData("heftruck bes", "urn:forklift")]    // every word, the last one a prefix
    [InlineData("besturen heftruck", "urn:forklift")] // word order does not matter
    [InlineData("hetfruck", "urn:forklift")]         // swapped letters
    [InlineData("heftrukc besturen", "urn:forklift")] // a typo in one word
    [InlineData("wondverz", "urn:wound")]
    [InlineData("wound", "urn:wound")]               // English label
    [InlineData("wonden", "urn:wound")]              // alternative label
    [InlineData("BARISTA", "urn:café")]              // case and punctuation
    public void Finds_by_prefix_typo_and_any_label(string text, string expected) =>
        Index.Suggest(text, Language.Nl, 5).Select(s => s.Uri).First().ShouldBe(expected);

    [Fact]
    public void Answers_in_the_asked_language_and_says_which_label_matched()
    {
        Suggestion suggestion = Index.Suggest("heftruck rij", Language.En, 5).ShouldHaveSingleItem();

        suggestion.Label.ShouldBe("operate forklift");
        suggestion.MatchedLabel.ShouldBe("heftruck rijden");
    }

    [Fact]
    public void Every_word_must_match()
    {
        Index.Suggest("heftruck koffie", Language.Nl, 5).ShouldBeEmpty();
        Index.Suggest("xyzzy", Language.Nl, 5).ShouldBeEmpty();
        Index.Suggest("  ", Language.Nl, 5).ShouldBeEmpty();
    }

    [Fact]
    public void Exact_prefixes_rank_above_typos_and_ties_are_broken_by_uri()
    {
        Index.Suggest("besturen", Language.Nl, 5).Select(s => s.Uri).ShouldBe(["urn:forklift", "urn:reach"]);
        Index.Suggest("plan", Language.Nl, 5)[0].Uri.ShouldBe("urn:plan");
    }

    [Fact]
    public void Short_words_are_not_typo_matched()
    {
        // Three letters leave too many words one edit away to be useful.
        Index.Suggest("tem", Language.Nl, 5).ShouldBeEmpty();
    }

    [Fact]
    public void The_limit_is_respected()
    {
        Index.Suggest("be", Language.Nl, 5).Count.ShouldBe(2);
        Index.Suggest("be", Language.Nl, 1).Count.ShouldBe(1);
    }

    [Theory]
    [InlineData("heftruck", "heftruck", true)]
    [InlineData("heftruck", "hetfruck", true)]
    [InlineData("heftruck", "heftrck", true)]
    [InlineData("heftruck", "heftrucks", true)]
    [InlineData("heftruck", "hedtruck", true)]
    [InlineData("heftruck", "hedtrcuk", false)]
    [InlineData("heftruck", "truck", false)]
    public void One_edit_means_one_insertion_deletion_substitution_or_swap(string a, string b, bool expected) =>
        Words.WithinOneEdit(a, b).ShouldBe(expected);

    [Theory]
    [InlineData("tekeningen lezen", "urn:drawings")] // English words for Dutch ones, in any of their forms
    [InlineData("technische tekening", "urn:drawings")]
    [InlineData("bloedafname", "urn:blood")]          // a compound of two translated words
    [InlineData("plannen", "urn:plan")]               // another form of a Dutch word ("planning")
    [InlineData("kennis van heftrucks", "urn:forklift")] // words around the skill need not match
    [InlineData("stervensbegeleiding", "urn:dying")]  // a linking -s- belongs to neither part
    [InlineData("presentatievaardigheden", "urn:present")] // a filler at the end of a compound need not match
    [InlineData("schoenverkoper", "urn:shoes")]       // parts joined with or without -en-
    public void Finds_English_labels_through_Dutch_words_and_word_forms(string text, string expected) =>
        Translated.Suggest(text, Language.Nl, 5).Select(s => s.Uri).First().ShouldBe(expected);

    [Fact]
    public void A_compound_the_index_holds_whole_still_reaches_English_labels() =>
        Translated.Suggest("marktonderzoek", Language.Nl, 5).Select(s => s.Uri).ShouldBe(["urn:market-nl", "urn:market"]);

    [Theory]
    [InlineData("plannen", "plan")]
    [InlineData("planning", "plan")]
    [InlineData("tekeningen", "teken")]
    [InlineData("tekenen", "teken")]
    [InlineData("drawings", "draw")]
    [InlineData("technische", "technisch")]
    [InlineData("bus", "bus")]
    [InlineData("laser", "laser")]
    public void Word_forms_share_a_stem(string word, string stem) => Words.Stem(word).ShouldBe(stem);

    private static readonly LabelIndex Translated = new(
        [
            .. new[] { "urn:forklift", "urn:plan" }.Select(uri => Index.Concepts.Single(c => c.Uri == uri)),
            Concept("urn:drawings", "read engineering drawings", "read engineering drawings", [], []),
            Concept("urn:blood", "take blood samples", "take blood samples", [], ["draw blood"]),
            Concept("urn:market", "market research", "market research", [], []),
            Concept("urn:market-nl", "marktonderzoek doen", "perform market research", [], []),
            Concept("urn:dying", "support people at the end of life", "support people at the end of life", [], []),
            Concept("urn:present", "give a presentation", "give a presentation", [], []),
            Concept("urn:shoes", "schoenenverkoper", "shoe seller", [], []),
        ],
        Translations.From([
            ("tekening", "drawing"), ("lezen", "read"), ("technisch", "engineering"), ("bloed", "blood"), ("afname", "sampling"), ("heftruck", "forklift"),
            ("markt", "market"), ("onderzoek", "research"), ("sterven", "end"), ("begeleiding", "support"), ("presentatie", "presentation")]));

    private static IndexedConcept Concept(string uri, string nl, string en, string[] altNl, string[] altEn) =>
        new(uri, new Label(nl, en), [(nl, LabelKind.Preferred, Language.Nl), (en, LabelKind.Preferred, Language.En), .. altNl.Select(a => (a, LabelKind.Alternative, Language.Nl)), .. altEn.Select(a => (a, LabelKind.Alternative, Language.En))]);
}

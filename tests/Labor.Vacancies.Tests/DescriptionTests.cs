using Labor.Vacancies.Content;

namespace Labor.Vacancies.Tests;

/// <summary>A vacancy's description as safe rich text, and its plain text for search and the duplicate check.</summary>
public sealed class DescriptionTests
{
    [Fact]
    public void Formatting_survives_and_scripts_event_handlers_and_images_do_not()
    {
        (string html, string text) = Description.Clean(
            "<h2>Wat ga je doen?</h2><p onclick=\"steal()\"><strong>Laden</strong> en lossen</p><script>alert(1)</script><img src=\"x.png\"><ul><li>32 uur</li></ul>");

        html.ShouldBe("<h2>Wat ga je doen?</h2><p><strong>Laden</strong> en lossen</p><ul><li>32 uur</li></ul>");
        text.ShouldContain("Laden en lossen");
        text.ShouldNotContain("alert");
    }

    [Fact]
    public void Links_open_outside_the_platform_and_only_web_and_mail_links_are_kept()
    {
        (string html, _) = Description.Clean("<p><a href=\"https://voorbeeld.nl/werken\">Werken bij</a> <a href=\"javascript:steal()\">klik</a></p>");

        html.ShouldContain("<a href=\"https://voorbeeld.nl/werken\" rel=\"nofollow noopener noreferrer\">Werken bij</a>");
        html.ShouldNotContain("javascript");
    }

    [Fact]
    public void Plain_text_becomes_paragraphs_with_its_line_breaks_and_its_markup_characters_escaped()
    {
        (string html, string text) = Description.Clean("Wij zoeken jou!\r\n\r\nRijbewijs B & heftruck\ncertificaat");

        html.ShouldBe("<p>Wij zoeken jou!</p><p>Rijbewijs B &amp; heftruck<br>certificaat</p>");
        text.ShouldStartWith("Wij zoeken jou!");
        text.ShouldContain("Rijbewijs B & heftruck", customMessage: "the text is for search: no markup, no entities");
    }

    [Fact]
    public void Words_on_either_side_of_a_line_or_block_boundary_stay_apart_in_the_text()
    {
        (string html, string text) = Description.Clean("<p>heftruck<br>certificaat</p><p>lossen</p><ul><li>32 uur</li><li>Zwolle</li></ul>");

        html.ShouldBe("<p>heftruck<br>certificaat</p><p>lossen</p><ul><li>32 uur</li><li>Zwolle</li></ul>", "the boundaries change the text, not the description");
        text.ShouldBe("heftruck certificaat lossen 32 uur Zwolle");
    }

    [Fact]
    public void Only_unsafe_markup_leaves_no_text()
    {
        Description.Clean("<script>alert('hallo')</script><style>p{}</style>").Text.ShouldBeEmpty();
    }
}

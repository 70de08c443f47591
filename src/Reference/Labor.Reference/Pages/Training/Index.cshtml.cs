using Labor.Reference.Contracts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Labor.Reference.Pages.Training;

/// <summary>The training catalogue (scholingsaanbod): everyone may browse it, by skill.</summary>
internal sealed class IndexModel(IVocabulary vocabulary, IReferenceData region) : PageModel
{
    private const int SkillsShown = 5;

    /// <summary>What the person typed: a skill, in their own words.</summary>
    [BindProperty(SupportsGet = true, Name = "vaardigheid")]
    public string? Skill { get; set; }

    public IReadOnlyList<Suggestion> Skills { get; private set; } = [];

    public IReadOnlyList<Course> Courses { get; private set; } = [];

    public Language Language => HttpContext.Features.Get<Microsoft.AspNetCore.Localization.IRequestCultureFeature>()?.RequestCulture.UICulture.TwoLetterISOLanguageName == "en"
        ? Language.En
        : Language.Nl;

    public void OnGet()
    {
        string? text = Skill?.Trim();
        if (string.IsNullOrEmpty(text) || text.Length > 100)
        {
            Courses = vocabulary.Courses;
            return;
        }

        Skills = vocabulary.SuggestSkills(text, Language, SkillsShown);
        Courses = vocabulary.CoursesTeaching([.. Skills.Select(s => s.Uri)]);
    }

    public string LevelName(string code) =>
        region.FindEducationLevel(code) is { } level ? (Language == Language.En ? level.NameEn : level.Name) : code;

    public string SkillLabel(string uri) => vocabulary.FindSkill(uri)?.Label.In(Language) ?? uri;
}

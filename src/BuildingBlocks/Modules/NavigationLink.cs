namespace Labor.BuildingBlocks.Modules;

/// <summary>A link a module adds to the site's main navigation, labelled in both UI languages.</summary>
public sealed record NavigationLink(string Href, string LabelNl, string LabelEn, int Order)
{
    public string Label(string twoLetterLanguage) => twoLetterLanguage == "en" ? LabelEn : LabelNl;
}

namespace Labor.Outcomes.Resources;

/// <summary>Names the module's UI strings: Texts.resx (Dutch) and Texts.en.resx (English).</summary>
internal sealed class Texts;

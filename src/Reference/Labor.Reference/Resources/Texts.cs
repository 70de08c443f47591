namespace Labor.Reference.Resources;

/// <summary>Names the component's UI strings: Texts.resx (Dutch) and Texts.en.resx (English).</summary>
internal sealed class Texts;

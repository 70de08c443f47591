namespace Labor.Host.Resources;

/// <summary>Names the host's UI strings: SharedText.resx (Dutch) and SharedText.en.resx (English).</summary>
internal sealed class SharedText;

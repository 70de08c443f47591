namespace Labor.Reference.Contracts;

/// <summary>A Dutch education level; <see cref="Rank"/> orders them for "at least".</summary>
public sealed record EducationLevel(string Code, string Name, string NameEn, int Rank)
{
    public bool IsAtLeast(EducationLevel minimum) => Rank >= minimum.Rank;
}

namespace Labor.Reference.Contracts;

/// <summary>A sectortafel of the Human Capital Agenda, by its exact Dutch name.</summary>
public sealed record SectorTable(string Name, string NameEn);

using FluentValidation;

namespace Labor.Sectortables.Tables;

/// <summary>A new sector table (the programme foresees ten).</summary>
internal sealed record TableRequest(string? Name, string? NameEn);

internal sealed class TableRequestValidator : AbstractValidator<TableRequest>
{
    public TableRequestValidator()
    {
        RuleFor(r => r.Name).NotEmpty().MaximumLength(100);
        RuleFor(r => r.NameEn).MaximumLength(100);
    }
}

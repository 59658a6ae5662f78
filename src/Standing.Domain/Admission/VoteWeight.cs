using Standing.Domain.Entities;
using Standing.Domain.Sources;

namespace Standing.Domain.Admission;

/// <summary>One member's weight in a weighted body: IMF votes, or population for the EU Council's qualified majority.</summary>
/// <param name="Table">The weights table (data/rules/weights/&lt;table&gt;.csv).</param>
/// <param name="Member">The member.</param>
/// <param name="Weight">Its weight.</param>
/// <param name="Source">Where the figure comes from.</param>
public sealed record VoteWeight(string Table, EntityCode Member, long Weight, SourceRef Source);

/// <summary>Bad input to a vote evaluation, naming the field at fault.</summary>
/// <param name="field">The field, in neutral terms (<c>round</c>, <c>yes</c>, <c>organisation</c>, ...).</param>
/// <param name="message">What is wrong.</param>
public sealed class VoteInputException(string field, string message) : ArgumentException($"{field}: {message}", field)
{
    /// <summary>The field and what is wrong with it, without the parameter suffix <see cref="ArgumentException"/> adds.</summary>
    public override string Message { get; } = $"{field}: {message}";

    /// <summary>The field at fault, in neutral terms (<c>round</c>, <c>yes/no/abstain</c>, <c>organisation</c>): each edge names it its own way.</summary>
    public string Field { get; } = field;

    /// <summary>What is wrong, without the field.</summary>
    public string Problem { get; } = message;
}

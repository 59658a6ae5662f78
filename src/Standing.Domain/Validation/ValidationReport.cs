namespace Standing.Domain.Validation;

/// <summary>One thing wrong with the data.</summary>
/// <param name="Code">A stable, kebab-case problem code (<c>unknown-code</c>, <c>overlapping-membership</c>, ...).</param>
/// <param name="Message">What is wrong, in words.</param>
/// <param name="Path">Where: <c>file:line</c>, or a file name.</param>
public sealed record Problem(string Code, string Message, string Path)
{
    /// <inheritdoc />
    public override string ToString() => $"{Path}: {Message} [{Code}]";
}

/// <summary>The outcome of checking data: empty when the data is sound.</summary>
/// <param name="Problems">Every problem found, in file and line order.</param>
public sealed record ValidationReport(IReadOnlyList<Problem> Problems)
{
    /// <summary>Whether no problem was found.</summary>
    public bool IsValid => Problems.Count == 0;
}

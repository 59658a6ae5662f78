namespace Standing.Domain.Recognition;

/// <summary>Whose account of contested withdrawals a count follows.</summary>
/// <remarks>
/// <list type="bullet">
/// <item><see cref="Default"/>: the withdrawals the sources treat as having taken effect (the recorded recognition events).</item>
/// <item><see cref="Serbia"/>: those, plus every withdrawal Serbia's government asserts.</item>
/// <item><see cref="Kosovo"/>: the recorded withdrawals except those Kosovo's foreign ministry denies.</item>
/// </list>
/// </remarks>
public enum Perspective
{
    /// <summary>Recorded, effective withdrawals only.</summary>
    Default,

    /// <summary>Also every withdrawal Serbia's government claims.</summary>
    Serbia,

    /// <summary>Only withdrawals Kosovo's foreign ministry accepts.</summary>
    Kosovo,
}

/// <summary>Parsing and naming of <see cref="Perspective"/> values.</summary>
public static class Perspectives
{
    /// <summary>The names accepted on the command line and in the API.</summary>
    public static readonly IReadOnlyList<string> Names = ["default", "serbia", "kosovo"];

    /// <summary>Parses a perspective name, ignoring case.</summary>
    public static bool TryParse(string? text, out Perspective perspective)
    {
        perspective = (text?.Trim().ToUpperInvariant()) switch
        {
            "DEFAULT" => Perspective.Default,
            "SERBIA" => Perspective.Serbia,
            "KOSOVO" => Perspective.Kosovo,
            _ => (Perspective)(-1),
        };
        return Enum.IsDefined(perspective);
    }

    /// <summary>The lower-case name of a perspective.</summary>
    public static string Name(this Perspective perspective) => Names[(int)perspective];
}

namespace Standing.Domain.Admission;

/// <summary>A threshold such as two thirds, applied in exact integer arithmetic.</summary>
/// <param name="Numerator">The numerator (2 in two thirds).</param>
/// <param name="Denominator">The denominator (3 in two thirds).</param>
public readonly record struct Fraction(int Numerator, int Denominator)
{
    /// <summary>The smallest whole number reaching the fraction of <paramref name="of"/>.</summary>
    /// <remarks>
    /// At least (<paramref name="strict"/> false): the smallest y with y·d ≥ n·of, so two thirds of 132 is 88 and of 119
    /// is 80. More than (<paramref name="strict"/> true): the smallest y with y·d &gt; n·of, so a majority of 15 is 8.
    /// </remarks>
    public long Threshold(long of, bool strict)
    {
        var product = checked((long)Numerator * of);
        return strict ? (product / Denominator) + 1 : (product + Denominator - 1) / Denominator;
    }

    /// <summary>Whether <paramref name="part"/> reaches the fraction of <paramref name="of"/>.</summary>
    public bool IsMetBy(long part, long of, bool strict) => part >= Threshold(of, strict);

    /// <summary>Words for the fraction: "two thirds", "a majority", "55/100".</summary>
    public string Words(bool strict) => (Numerator, Denominator, strict) switch
    {
        (1, 2, true) => "more than half",
        (1, 2, false) => "half",
        (2, 3, _) => strict ? "more than two thirds" : "two thirds",
        (3, 4, _) => strict ? "more than three quarters" : "three quarters",
        _ => $"{(strict ? "more than " : "")}{Numerator}/{Denominator}",
    };

    /// <inheritdoc />
    public override string ToString() => $"{Numerator}/{Denominator}";
}

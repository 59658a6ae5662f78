using Standing.Domain.Admission;
using Standing.Domain.Entities;
using Standing.Domain.Organisations;
using Standing.Domain.Recognition;

namespace Standing.Domain.Voting;

/// <summary>A what-if on one member or a bloc: "ESP=yes", "bloc:EU=yes", "SRB=no:0.9".</summary>
/// <param name="Target">A member code, or <c>bloc:ORG</c> for every member of ORG on the date.</param>
/// <param name="Choice">The choice made likelier.</param>
/// <param name="Probability">Its new probability; the other choices share the rest in their old proportions.</param>
public sealed record Assumption(string Target, VoteChoice Choice, double Probability)
{
    /// <summary>Parses <c>TARGET=choice[:p]</c>.</summary>
    /// <exception cref="ArgumentException">The text is not an assumption.</exception>
    public static Assumption Parse(string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        var parts = text.Split('=', 2);
        var rhs = parts.Length == 2 ? parts[1].Split(':', 2) : [];
        if (parts.Length != 2 || parts[0].Trim().Length == 0 || !KebabNames.Of<VoteChoice>().TryGetValue(rhs[0].Trim(), out var choice))
        {
            throw new ArgumentException($"'{text}' is not an assumption: write CODE=yes|no|abstain|absent[:p] or bloc:ORG=...");
        }

        var p = 1.0;
        if (rhs.Length == 2 && !(double.TryParse(rhs[1], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out p) && p >= 0 && p <= 1))
        {
            throw new ArgumentException($"'{text}': the probability must be between 0 and 1");
        }

        return new Assumption(parts[0].Trim(), choice, p);
    }

    /// <summary>The stance with this assumption applied.</summary>
    public MemberStance Apply(MemberStance s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var old = new[] { s.Yes, s.No, s.Abstain, s.Absent };
        var chosen = (int)Choice;
        var rest = 1 - old[chosen];
        var scaled = old.Select((p, i) => i == chosen ? Probability : rest > 0 ? p / rest * (1 - Probability) : (1 - Probability) / 3).ToArray();
        return new MemberStance(s.Member, scaled[0], scaled[1], scaled[2], scaled[3]);
    }
}

/// <summary>What a forecast was asked.</summary>
/// <param name="Organisation">The organisation.</param>
/// <param name="Body">The deciding body; null for the last.</param>
/// <param name="Round">The round.</param>
/// <param name="Subject">The applicant.</param>
/// <param name="AsOf">The date: who sits in the body and who recognises whom.</param>
/// <param name="Perspective">Whose account of recognitions sets the priors.</param>
/// <param name="Model">A whole model that replaces the body's members and their priors.</param>
/// <param name="Assumptions">What-ifs applied on top.</param>
/// <param name="MonteCarloTrials">Trials for a Monte Carlo run beside the exact result, if any.</param>
/// <param name="Seed">The Monte Carlo seed.</param>
public sealed record ForecastRequest(
    OrganisationId Organisation, string? Body, int Round, EntityCode Subject, DateOnly AsOf, Perspective Perspective,
    IReadOnlyList<MemberStance>? Model, IReadOnlyList<Assumption> Assumptions, long? MonteCarloTrials, ulong Seed)
{
    /// <summary>
    /// The most Monte Carlo trials a forecast runs: about 20 s at the measured 5.5 million trials a second on two
    /// cores (docs/benchmarks.md); its standard error is then below 0.00005.
    /// </summary>
    public const long MaxMonteCarloTrials = 100_000_000;

    /// <summary>What-if: states taken to recognise the subject by the date (their prior becomes <c>recognises</c>).</summary>
    public IReadOnlyList<EntityCode> Recognise { get; init; } = [];

    /// <summary>What-if: states taken to have withdrawn recognition by the date (prior <c>withdrew</c>).</summary>
    public IReadOnlyList<EntityCode> Withdraw { get; init; } = [];

    /// <summary>What-if: states taken to sit in the body on the date.</summary>
    public IReadOnlyList<EntityCode> Join { get; init; } = [];

    /// <summary>What-if: states taken to have left the body by the date.</summary>
    public IReadOnlyList<EntityCode> Leave { get; init; } = [];

    /// <summary>What-if: a majority rule replacing the body's rule.</summary>
    public Admission.Rules.MajorityRule? Rule { get; init; }

    /// <summary>Told now and then how many Monte Carlo trials have run.</summary>
    public Action<long>? Progress { get; init; }

    /// <summary>Stops a Monte Carlo run early (with <see cref="OperationCanceledException"/>).</summary>
    public CancellationToken Cancellation { get; init; }

    /// <summary>The model that gives each member its stance; null: the category table (data/forecast/priors.json).</summary>
    public IVoterModel? Voters { get; init; }

    /// <summary>
    /// The tally of the round before, when it is known: the members' stances are adjusted until they would give that
    /// tally on average (absent is the rest of the body), so that the next round starts from what the last revealed.
    /// </summary>
    public Tally? AfterRound { get; init; }

    /// <summary>What is voted on: the admission (the default), or another decision of the procedure (its id).</summary>
    public string Motion { get; init; } = Admission.AdmissionProcedure.AdmissionMotion;
}

/// <summary>A forecast of one vote.</summary>
/// <param name="Stage">The stage whose rule applies.</param>
/// <param name="Members">The voters and their stances after assumptions.</param>
/// <param name="Categories">Each voter's prior category (<c>model</c> for a model file).</param>
/// <param name="PAdmitted">P(the vote passes).</param>
/// <param name="Method"><c>exact</c>, <c>closed-form</c> or <c>monte-carlo</c>.</param>
/// <param name="MonteCarlo">The Monte Carlo run, if one was made.</param>
/// <param name="Expected">Expected yes, no, abstain and absent.</param>
/// <param name="YesDistribution">P(exactly k yes votes).</param>
/// <param name="Swing">Per member whose vote is open (not fixed by a what-if, not certain), P(passes | yes) − P(passes | no), largest first; empty where the method gives none.</param>
/// <param name="Flip">The fewest stance changes, by swing, that move the likely outcome across one half.</param>
/// <param name="Reasons">Per member, the factors that moved its stance most (empty for the category table and model files).</param>
/// <param name="Model">The voter model's name: <c>categories</c>, <c>model file</c>, or a learned model's.</param>
public sealed record Forecast(
    Stage Stage, IReadOnlyList<MemberStance> Members, IReadOnlyList<string> Categories, double PAdmitted, string Method,
    MonteCarloResult? MonteCarlo, (double Yes, double No, double Abstain, double Absent) Expected, IReadOnlyList<double> YesDistribution,
    IReadOnlyList<(string Code, double Delta)> Swing, IReadOnlyList<string> Flip, IReadOnlyList<IReadOnlyList<Reason>> Reasons, string Model)
{
    /// <summary>The most likely number of yes votes.</summary>
    public int MostLikelyYes => YesDistribution.Select((p, k) => (p, k)).MaxBy(x => x.p).k;
}

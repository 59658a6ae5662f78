using System.CommandLine;
using System.Globalization;
using Standing.Answers;
using Standing.Cli.Output;
using Standing.Domain;
using Standing.Domain.Voting;

namespace Standing.Cli.Commands;

/// <summary><c>standing forecast --org ID</c>: P(admitted), the expected tally, swing members and what-ifs.</summary>
internal static class ForecastCommand
{
    public static Command Create(CliHost host)
    {
        var options = new QueryOptions();
        var org = new Option<string>("--org") { Description = "Organisation id", Required = true };
        var body = new Option<string?>("--body") { Description = "Deciding body (default: the body that decides last)" };
        var round = new Option<int>("--round") { Description = "Round of voting", DefaultValueFactory = _ => 1 };
        var assume = new Option<string[]>("--assume") { Description = "What-if: CODE=yes|no|abstain|absent[:p] or bloc:ORG=...; repeatable" };
        var model = new Option<FileInfo?>("--model") { Description = "CSV of code,yes,no,abstain,absent replacing the body's members and priors" };
        var trials = new Option<long?>("--monte-carlo") { Description = "Also run this many Monte Carlo trials with correlated blocs" };
        var seed = new Option<ulong>("--seed") { Description = "Monte Carlo seed", DefaultValueFactory = _ => 1 };
        var recognise = new Option<string[]>("--recognise") { Description = "What-if: these states recognise the subject (repeatable)" };
        var withdraw = new Option<string[]>("--withdraw") { Description = "What-if: these states have withdrawn recognition (repeatable)" };
        var join = new Option<string[]>("--join") { Description = "What-if: these states sit in the body (repeatable)" };
        var leave = new Option<string[]>("--leave") { Description = "What-if: these states have left the body (repeatable)" };
        var fraction = new Option<string?>("--rule-fraction") { Description = "What-if: replace the rule by a majority of this fraction, e.g. 1/2 or 2/3" };
        var ruleBase = new Option<string>("--rule-base") { Description = "What-if: what that majority counts: votes-cast, present or members", DefaultValueFactory = _ => "votes-cast" };
        ruleBase.AcceptOnlyFromAmong("votes-cast", "present", "members");
        var voters = new Option<string>("--voters")
        {
            Description = "Each member's stance: roll-calls (learned from the roll calls before --as-of) or categories (the table alone)",
            DefaultValueFactory = _ => "roll-calls",
        };
        voters.AcceptOnlyFromAmong([.. Domain.KebabNames.Of<VoterModels>().Keys]);
        var afterRound = new Option<string?>("--after-round")
        {
            Description = "The tally of the round before, yes,no,abstain (e.g. 76,56,22): forecast the next round from what it revealed",
        };
        var command = options.AddTo(new Command("forecast", "Forecast a vote on the subject's admission")
        {
            org, body, round, assume, model, trials, seed, recognise, withdraw, join, leave, fraction, ruleBase, voters, afterRound,
        });
        command.SetAction(async (parse, ct) =>
        {
            if (parse.GetValue(trials) is <= 0 or > ForecastRequest.MaxMonteCarloTrials)
            {
                throw new UsageException($"--monte-carlo: the number of trials must be between 1 and {ForecastRequest.MaxMonteCarloTrials:N0}");
            }

            if (parse.GetValue(trials) is null && parse.GetResult(seed) is { Implicit: false })
            {
                throw new UsageException("--seed: only a Monte Carlo run uses a seed; add --monte-carlo N");
            }

            Disjoint(parse, recognise, withdraw);
            Disjoint(parse, join, leave);
            var q = await options.ReadAsync(parse, host, ct);

            var assumptions = (parse.GetValue(assume) ?? []).Select(a =>
            {
                try
                {
                    return Assumption.Parse(a);
                }
                catch (ArgumentException e)
                {
                    throw new UsageException($"--assume: {e.Message}");
                }
            }).ToList();
            if (assumptions.GroupBy(a => a.Target, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1) is { } twice)
            {
                throw new UsageException($"--assume: {twice.Key} is assumed more than once; give one assumption per member or bloc");
            }

            var request = new ForecastRequest(Arguments.Organisation(parse.GetRequiredValue(org), "--org"), parse.GetValue(body), parse.GetValue(round),
                q.Subject.Code, q.AsOf, q.Perspective, parse.GetValue(model) is { } file ? ReadModel(file, q) : null, assumptions,
                parse.GetValue(trials), parse.GetValue(seed))
            {
                Recognise = Codes(q, parse.GetValue(recognise), "--recognise"),
                Withdraw = Codes(q, parse.GetValue(withdraw), "--withdraw"),
                Join = Codes(q, parse.GetValue(join), "--join"),
                Leave = Codes(q, parse.GetValue(leave), "--leave"),
                Rule = parse.GetValue(fraction) is { } text ? Rule(text, parse.GetValue(ruleBase) ?? "votes-cast") : null,
                AfterRound = parse.GetValue(afterRound) is { } tally ? ForecastAnswer.Round(tally) : null,
            };
            // A long Monte Carlo run in table output gets a progress bar on stderr (JSON and CSV stay quiet for scripts).
            var error = parse.InvocationConfiguration.Error;
            var bar = q.Format == OutputFormat.Table && request.MonteCarloTrials >= 1_000_000 ? new ProgressBar(error, "Monte Carlo") : null;
            var view = ForecastAnswer.For(q.Registry, request with
            {
                Progress = bar is null ? null : done => bar.Report((double)done / request.MonteCarloTrials!.Value),
                Cancellation = ct,
            }, Domain.KebabNames.Of<VoterModels>()[parse.GetValue(voters)!]);
            bar?.Done();
            Renderer.Object(q.Output, q.Format, view, ForecastAnswer.Fields, (output, v) =>
            {
                Renderer.Object(output, OutputFormat.Table, v, ForecastAnswer.Fields);
                Renderer.List(output, OutputFormat.Table, v.Swing.Take(10).ToList(),
                    [new("member", s => s.Code), new("swing", s => s.Delta.ToString("0.000000", CultureInfo.InvariantCulture))], "members whose vote moves P(admitted) most");
            });
            return ExitCodes.Ok;
        });
        return command;
    }

    private static List<Domain.Entities.EntityCode> Codes(Query q, string[]? texts, string field) =>
        [.. (texts ?? []).Select(t => Arguments.Entity(q.Registry, t, field).Code)];

    private static Domain.Admission.Rules.MajorityRule Rule(string text, string ruleBase)
    {
        var parts = text.Split('/');
        if (parts.Length != 2 || !int.TryParse(parts[0], CultureInfo.InvariantCulture, out var n) || !int.TryParse(parts[1], CultureInfo.InvariantCulture, out var d)
            || n < 1 || d < 2 || n >= d)
        {
            throw new UsageException($"--rule-fraction: '{text}' is not a fraction such as 1/2 or 2/3");
        }

        var majorityBase = Domain.KebabNames.Of<Domain.Admission.Rules.MajorityBase>()[ruleBase];
        // "1/2" means a majority, more than half; other fractions are "at least".
        return new Domain.Admission.Rules.MajorityRule("what-if", $"what-if: {text} of {ruleBase}", new("hypothetical", "what-if"),
            [n, d], majorityBase, Strict: n * 2 == d);
    }

    private static List<MemberStance> ReadModel(FileInfo file, Query q)
    {
        var csv = UserCsv.Read(file, "--model", "code,yes,no,abstain,absent");
        csv.CheckCodes(q.Registry, q.Subject.Code, hypothetical: true);
        return [.. csv.Rows.Select(r =>
        {
            var numbers = r.Cells.Skip(1).Select(c => double.TryParse(c, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) ? x : double.NaN).ToArray();
            try
            {
                return !numbers.Any(double.IsNaN)
                    ? new MemberStance(r.Code, numbers[0], numbers[1], numbers[2], numbers[3])
                    : throw new ArgumentException("expected a code and four probabilities");
            }
            catch (ArgumentException e)
            {
                throw new UsageException($"--model: {csv.Name} line {r.Line}: {e.Message.Split(" (Parameter")[0]}");
            }
        })];
    }

    /// <summary>Refuses a state named in two what-ifs that contradict each other.</summary>
    private static void Disjoint(ParseResult parse, Option<string[]> first, Option<string[]> second)
    {
        var clash = (parse.GetValue(first) ?? []).Intersect(parse.GetValue(second) ?? [], StringComparer.OrdinalIgnoreCase).FirstOrDefault();
        if (clash is not null)
        {
            throw new UsageException($"{second.Name}: {clash} is also given to {first.Name}; a state cannot be both");
        }
    }
}

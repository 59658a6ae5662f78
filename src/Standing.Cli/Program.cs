using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;
using Standing.Cli;
using Standing.Cli.Commands;
using Standing.Data;

return await StandingCli.RunAsync(args, new CliHost(TimeProvider.System), Console.Out, Console.Error);

namespace Standing.Cli
{
    /// <summary>The <c>standing</c> command line: builds the commands, runs one, and turns failures into exit codes.</summary>
    internal static class StandingCli
    {
        /// <summary>
        /// Every command, by the name it answers to. A run builds only the command it names (all of them when it names
        /// none it knows, for the help and the suggestions): building all takes about 60 ms of a 0.4 s start.
        /// </summary>
        internal static readonly (string Name, Func<CliHost, Command> Create)[] Commands =
        [
            ("recognitions", RecognitionsCommand.Create),
            ("summary", SummaryCommand.Create),
            ("orgs", OrgsCommand.Create),
            ("state", StateCommand.Create),
            ("timeline", TimelineCommand.Create),
            ("milestones", MilestonesCommand.Create),
            ("vote", VoteCommand.Create),
            ("rules", RulesCommand.Create),
            ("votes", VotesCommand.Create),
            ("admission", AdmissionCommand.Create),
            ("route", RouteCommand.Create),
            ("channels", ChannelsCommand.Create),
            ("forecast", ForecastCommand.Create),
            ("power", PowerCommand.Create),
            ("backtest", BacktestCommand.Create),
            ("relations", RelationsCommand.Create),
            ("gaps", GapsCommand.Create),
            ("edit", EditCommand.Create),
            ("history", HistoryCommand.Create),
            ("facts", HistoryCommand.Facts),
            ("conflicts", HistoryCommand.Conflicts),
            ("export", TransferCommand.Export),
            ("import", TransferCommand.Import),
            ("keys", KeysCommand.Create),
        ];

        /// <param name="host">What the commands need from outside.</param>
        /// <param name="named">The command a run names (its first argument): only it is built, if it is one of <see cref="Commands"/>.</param>
        public static RootCommand BuildRootCommand(CliHost host, string? named = null)
        {
            var root = new RootCommand("Standing: the international standing of a state whose recognition is contested");
            var chosen = Commands.Where(c => c.Name == named).ToList();
            foreach (var (_, create) in chosen.Count > 0 ? chosen : [.. Commands])
            {
                root.Subcommands.Add(create(host));
            }

            // With no command, show what there is rather than an error.
            root.SetAction(parse => new HelpAction().Invoke(parse));
            return root;
        }

        public static async Task<int> RunAsync(string[] args, CliHost host, TextWriter output, TextWriter error, CancellationToken ct = default)
        {
            var parse = BuildRootCommand(host, args.FirstOrDefault()).Parse(args);
            if (parse.Errors.Count > 0)
            {
                await error.WriteLineAsync($"standing: {Describe(parse.Errors)}");
                return ExitCodes.Usage;
            }

            try
            {
                return await parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false }, ct);
            }
            catch (UsageException e)
            {
                await error.WriteLineAsync($"standing: {e.Message}");
                return ExitCodes.Usage;
            }
            catch (Exception e) when (Answers.FieldNames.OfFault(e) is { } fault)
            {
                await error.WriteLineAsync($"standing: {Options(parse, fault.Names)}: {fault.Problem}");
                return ExitCodes.Usage;
            }
            catch (Exception e) when (LoadFailure.Describe(e) is { } text)
            {
                await error.WriteLineAsync(text);
                return ExitCodes.Environment;
            }
            catch (Exception e) when (e is OperationCanceledException || (e is AggregateException a && a.InnerExceptions.All(i => i is OperationCanceledException)))
            {
                await error.WriteLineAsync("standing: cancelled");
                return ExitCodes.Cancelled;
            }
            catch (Exception e) when (System.Environment.GetEnvironmentVariable("STANDING_DEBUG") is null)
            {
                await error.WriteLineAsync($"standing: internal error ({e.GetType().Name}: {e.Message}); set STANDING_DEBUG=1 for details");
                return ExitCodes.Internal;
            }
        }

        /// <summary>The most specific parse error on one line, naming the option it concerns and never a .NET type.</summary>
        private static string Describe(IReadOnlyList<ParseError> errors)
        {
            var error = errors.FirstOrDefault(e => e.SymbolResult is OptionResult or ArgumentResult) ?? errors[0];
            var message = string.Join(' ', error.Message.Split(['\n', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            var (name, type, tokens) = error.SymbolResult switch
            {
                OptionResult o => (o.Option.Name, o.Option.ValueType, o.Tokens),
                ArgumentResult a => (a.Argument.Name, a.Argument.ValueType, a.Tokens),
                _ => (null, null, []),
            };
            if (name is not null && type is not null && message.StartsWith("Cannot parse argument", StringComparison.Ordinal))
            {
                message = $"'{(tokens.Count > 0 ? tokens[0].Value : "")}' is not {Expected(Nullable.GetUnderlyingType(type) ?? type)}";
            }

            return name is null || message.StartsWith(name, StringComparison.Ordinal) ? message : $"{name}: {message}";
        }

        /// <summary>The options that set a field, e.g. <c>--yes/--no/--abstain</c>.</summary>
        /// <summary>
        /// A fault's fields as the run's options (<c>afterRound</c> as <c>--after-round</c>); a field the command has no
        /// option for (a refused fact as a whole) keeps its own name.
        /// </summary>
        private static string Options(ParseResult parse, IEnumerable<string> names) => string.Join('/', names.Select(n =>
            $"--{System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(n)}" is var option && InScope(parse, option) ? option : n));

        /// <summary>Whether <paramref name="option"/> is an option of the command run, its own or one it inherits.</summary>
        private static bool InScope(ParseResult parse, string option)
        {
            for (var result = parse.CommandResult; result is not null; result = result.Parent as CommandResult)
            {
                if (result.Command.Options.Any(o => o.Name == option || o.Aliases.Contains(option)))
                {
                    return true;
                }
            }

            return false;
        }

        private static string Expected(Type type) =>
            type == typeof(int) ? $"a whole number (at most {int.MaxValue})"
            : type == typeof(long) ? $"a whole number (at most {long.MaxValue})"
            : type == typeof(ulong) ? $"a whole number from 0 to {ulong.MaxValue}"
            : type == typeof(double) ? "a number, e.g. 0.5"
            : "a valid value";
    }
}

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
        public static RootCommand BuildRootCommand(CliHost host)
        {
            var root = new RootCommand("Standing: the international standing of a state whose recognition is contested")
            {
                RecognitionsCommand.Create(host),
                SummaryCommand.Create(host),
                OrgsCommand.Create(host),
                StateCommand.Create(host),
                TimelineCommand.Create(host),
                MilestonesCommand.Create(host),
                VoteCommand.Create(host),
                RulesCommand.Create(host),
                VotesCommand.Create(host),
                AdmissionCommand.Create(host),
                RouteCommand.Create(host),
                ChannelsCommand.Create(host),
                ForecastCommand.Create(host),
                PowerCommand.Create(host),
                BacktestCommand.Create(host),
                RelationsCommand.Create(host),
                GapsCommand.Create(host),
                EditCommand.Create(host),
                HistoryCommand.Create(host),
                HistoryCommand.Facts(host),
                HistoryCommand.Conflicts(host),
                TransferCommand.Export(host),
                TransferCommand.Import(host),
                KeysCommand.Create(host),
            };

            // With no command, show what there is rather than an error.
            root.SetAction(parse => new HelpAction().Invoke(parse));
            return root;
        }

        public static async Task<int> RunAsync(string[] args, CliHost host, TextWriter output, TextWriter error, CancellationToken ct = default)
        {
            var parse = BuildRootCommand(host).Parse(args);
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
                await error.WriteLineAsync($"standing: {Options(fault.Names)}: {fault.Problem}");
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
        private static string Options(IEnumerable<string> names) =>
            string.Join('/', names.Select(n => $"--{System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(n)}"));

        private static string Expected(Type type) =>
            type == typeof(int) ? $"a whole number (at most {int.MaxValue})"
            : type == typeof(long) ? $"a whole number (at most {long.MaxValue})"
            : type == typeof(ulong) ? $"a whole number from 0 to {ulong.MaxValue}"
            : type == typeof(double) ? "a number, e.g. 0.5"
            : "a valid value";
    }
}

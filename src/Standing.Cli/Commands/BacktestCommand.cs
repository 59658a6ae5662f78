using System.CommandLine;
using Standing.Answers;
using Standing.Cli.Output;

namespace Standing.Cli.Commands;

/// <summary><c>standing backtest</c>: the forecast model, run on the eve of every recorded vote it can model, beside the result.</summary>
internal static class BacktestCommand
{
    public static Command Create(CliHost host)
    {
        var options = new QueryOptions();
        var members = new Option<bool>("--members")
        {
            Description = "Forecast every recorded roll call member by member with each model, knowing only what came before it, and score it",
        };
        var command = options.AddTo(new Command("backtest", "Run the forecast model on every recorded vote it can model and compare with the result") { members }, subject: false);
        command.SetAction(async (parse, ct) =>
        {
            var q = await options.ReadAsync(parse, host, ct);
            if (parse.GetValue(members))
            {
                var rows = BacktestAnswer.Members(q.Question);
                Renderer.List(q.Output, q.Format, rows, BacktestAnswer.MemberColumns, BacktestAnswer.MembersCaption(rows));
                return ExitCodes.Ok;
            }

            Renderer.List(q.Output, q.Format, BacktestAnswer.For(q.Question), BacktestAnswer.Columns);
            return ExitCodes.Ok;
        });
        return command;
    }
}

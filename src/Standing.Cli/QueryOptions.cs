using System.CommandLine;
using System.CommandLine.Parsing;
using Standing.Answers;
using Standing.Cli.Output;
using Standing.Domain;
using Standing.Domain.Entities;
using Standing.Domain.Recognition;
using Standing.Domain.Time;

namespace Standing.Cli;

/// <summary>A query as the user asked it: which subject, on which date, from whose perspective, rendered how.</summary>
/// <remarks>With an <c>AsKnownOn</c> date, <see cref="Registry"/> holds only what had been reported by then.</remarks>
internal sealed record Query(Registry Registry, Subject Subject, DateOnly AsOf, Perspective Perspective, OutputFormat Format, TextWriter Output, DateOnly? AsKnownOn = null)
{
    /// <summary>The question as the answers take it.</summary>
    public Answers.Question Question => new(Registry, Subject, AsOf, Perspective, AsKnownOn);
}

/// <summary>The options every query command takes: --as-of, --subject, --perspective, --format and --db.</summary>
internal sealed class QueryOptions
{
    public Option<string> Format { get; } = FormatOption();

    public Option<DateOnly?> AsOf { get; } = DateOption("--as-of", "The date to answer for, yyyy-mm-dd (default: today)");

    public Option<DateOnly?> AsKnownOn { get; } = DateOption("--as-known-on", "Answer from only what had been reported by this date, yyyy-mm-dd (default: everything known now)");

    public Option<string> Subject { get; } = new("--subject")
    {
        Description = "Whose recognition: a code such as XKX (default) or a name",
        DefaultValueFactory = _ => "XKX",
    };

    public Option<string> Perspective { get; } = new("--perspective")
    {
        Description = "Whose account of withdrawals to follow: default, serbia or kosovo",
        DefaultValueFactory = _ => "default",
    };

    public Option<string?> Database { get; } = DatabaseOption();

    public QueryOptions()
    {
        Perspective.AcceptOnlyFromAmong([.. Perspectives.Names]);
    }

    /// <summary>--format: table, json or csv.</summary>
    public static Option<string> FormatOption()
    {
        var format = new Option<string>("--format") { Description = "Output format: table, json or csv", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json", "csv");
        return format;
    }

    /// <summary>--db: the database file.</summary>
    public static Option<string?> DatabaseOption() => new("--db") { Description = "SQLite database file, or a PostgreSQL connection string (Host=...;Database=...) (default: $STANDING_DB, else a file in the user's data folder)" };

    /// <summary>An option holding a yyyy-mm-dd date; an impossible date is a parse error naming the option.</summary>
    public static Option<DateOnly?> DateOption(string name, string description) => new(name)
    {
        Description = description,
        CustomParser = result => ParseDate(name, result),
    };

    /// <summary>Adds the options to a command; <paramref name="subject"/> false leaves out --subject and --perspective.</summary>
    public Command AddTo(Command command, bool subject = true)
    {
        command.Options.Add(AsOf);
        command.Options.Add(AsKnownOn);
        if (subject)
        {
            command.Options.Add(Subject);
            command.Options.Add(Perspective);
        }

        command.Options.Add(Format);
        command.Options.Add(Database);
        return command;
    }

    public async Task<Query> ReadAsync(ParseResult parse, CliHost host, CancellationToken ct)
    {
        var knownOn = parse.GetValue(AsKnownOn);
        var registry = await host.LoadRegistryAsync(parse.GetValue(Database), ct);
        registry = knownOn is { } day ? registry.KnownOn(day) : registry;
        var subjectText = parse.GetValue(Subject) ?? "XKX";
        var entity = Arguments.Entity(registry, subjectText, "--subject");
        var subject = registry.Subject(entity.Code)
            ?? throw new UsageException($"--subject: {entity.Code} ({entity.Name}) is not a tracked subject; tracked: {string.Join(", ", registry.Subjects.Select(s => s.Code))}");
        if (!Perspectives.TryParse(parse.GetValue(Perspective) ?? "default", out var perspective))
        {
            throw new UsageException($"--perspective: use one of {string.Join(", ", Perspectives.Names)}");
        }

        var format = OutputFormats.Parse(parse.GetValue(Format));
        return new Query(registry, subject, parse.GetValue(AsOf) ?? host.Today, perspective, format, parse.InvocationConfiguration.Output, knownOn);
    }

    private static DateOnly? ParseDate(string name, ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
        if (DateFormats.TryParseIso(text, out var day))
        {
            return day;
        }

        result.AddError($"{name}: '{text}' is not a date; use yyyy-mm-dd, e.g. 2021-01-01");
        return null;
    }
}

using System.Text.Json;
using Standing.Domain;
using Standing.Domain.Admission;
using Standing.Domain.Chronicle;
using Standing.Domain.Cooperation;
using Standing.Domain.Entities;
using Standing.Domain.Organisations;
using Standing.Domain.Recognition;
using Standing.Domain.Relations;
using Standing.Domain.Sources;
using Standing.Domain.Time;
using Standing.Domain.Validation;
using Standing.Domain.Voting;

namespace Standing.Data.Files;

/// <summary>The outcome of reading the data set: the input, and every problem found reading or checking it.</summary>
/// <param name="Input">What could be read.</param>
/// <param name="Report">The problems; the input must not be imported unless the report is valid.</param>
public sealed record DataSet(RegistryInput Input, ValidationReport Report);

/// <summary>Reads the data set's files (see docs/data-format.md) and checks them.</summary>
public static class DataSetReader
{
    /// <summary>Reads every file under <paramref name="directory"/> and validates the whole.</summary>
    /// <exception cref="DirectoryNotFoundException"><paramref name="directory"/> does not exist.</exception>
    public static DataSet Read(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"data directory '{directory}' does not exist");
        }

        var problems = new List<Problem>();
        var reader = new Reader(directory, problems);
        var input = new RegistryInput
        {
            Entities = reader.Csv("entities.csv", ["code", "name", "aliases", "kind", "source"], r => new Entity(
                r.Code("code"), r.Text("name"),
                (r.Optional("aliases") ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                r.Choice("kind", KebabNames.Of<EntityKind>()), r.Source())),
            Subjects = reader.Csv("subjects.csv", ["code", "declared", "contested_by", "source"], r => new Subject(
                r.Code("code"), r.ExactDate("declared"), r.Code("contested_by"), r.Source())),
            Sources = reader.CsvFolder("sources", ["source_url", "title", "publisher", "accessed"], r => new Source(
                r.Text("source_url"), r.Text("title"), r.Text("publisher"), r.ExactDate("accessed"))),
            Recognitions = reader.Csv("recognitions.csv", FactFormats.Recognition),
            Claims = reader.Csv("claims.csv", FactFormats.Claim),
            Positions = reader.Csv("positions.csv", FactFormats.Position),
            Organisations = reader.Organisations("organisations.json"),
            Memberships = reader.CsvFolder("memberships", FactFormats.Membership.Required, FactFormats.Membership.Build),
            Events = reader.Csv("events.csv", ["id", "subject", "date", "until", "kind", "title", "detail", "source"], r => new SubjectEvent(
                r.Text("id"), r.Code("subject"), r.Date("date"), r.OptionalDate("until"),
                r.Choice("kind", SubjectEvent.Kinds.ToDictionary(k => k, k => k, StringComparer.Ordinal)),
                r.Text("title"), r.Optional("detail") ?? "", r.Source())),
            Observations = reader.Csv("observations.csv", ["series", "date", "value", "unit", "detail", "source"], r => new Observation(
                r.Text("series"), r.Date("date"), r.Number("value"), r.Text("unit"), r.Optional("detail") ?? "", r.Source())),
            Procedures = reader.Procedures("rules"),
            Weights = reader.CsvFolder(Path.Combine("rules", "weights"), ["code", "weight", "source"], (r, file) => new VoteWeight(
                Path.GetFileNameWithoutExtension(file), r.Code("code"), r.Whole("weight", long.MaxValue), r.Source())),
            Votes = reader.OptionalCsv(Path.Combine("votes", "votes.csv"), FactFormats.Vote),
            RollCalls = reader.RollCalls(),
            DelegationVotes = reader.DelegationVotes(),
            Priors = reader.Priors(Path.Combine("forecast", "priors.json")),
            Relations = reader.CsvGlob("relations*.csv", FactFormats.Relation.Required, FactFormats.Relation.Build),
            RelationClaims = reader.OptionalCsv("relation-claims.csv",
                ["id", "subject", "code", "kind", "value", "change", "event_date", "party", "said_on", "stance", "status", "statement", "source"], r => new RelationClaim(
                r.Text("id"), r.Code("subject"), r.Code("code"), r.Choice("kind", KebabNames.Of<RelationKind>()), r.Text("value"),
                r.Choice("change", KebabNames.Of<RelationChange>()), r.Date("event_date"), r.Code("party"), r.OptionalDate("said_on"),
                r.Choice("stance", KebabNames.Of<ClaimStance>()), r.Choice("status", KebabNames.Of<ClaimStatus>()), r.Text("statement"), r.Source())),
            OrganisationPositions = reader.OptionalCsv("org-positions.csv", ["subject", "org", "position", "stated_on", "source"], r => new OrganisationPosition(
                r.Code("subject"), new OrganisationId(r.Text("org")), r.Text("position"), r.OptionalDate("stated_on"), r.Source(), r.Optional("note"))),
            Agencies = reader.OptionalCsv(Path.Combine("cooperation", "agencies.csv"), ["id", "name", "kind", "country", "parent", "source"], r => new Agency(
                new AgencyId(r.Text("id")), r.Text("name"), r.Text("kind"), r.Optional("country") is null ? null : r.Code("country"),
                r.Optional("parent") is { } parent ? new AgencyId(parent) : null, r.Source())),
            Arrangements = reader.OptionalCsv(Path.Combine("cooperation", "arrangements.csv"), FactFormats.Arrangement),
            RequestCounts = reader.OptionalCsv(Path.Combine("cooperation", "requests.csv"), ["year", "channel", "requests", "until", "source"], r => new RequestCount(
                r.Count("year"), r.Text("channel"), r.Count("requests"), r.Optional("until") is null ? null : r.ExactDate("until"), r.Source(), r.Optional("note"))),
            CooperationEvents = reader.OptionalCsv(Path.Combine("cooperation", "events.csv"), ["date", "kind", "title", "detail", "channels", "source"], r => new CooperationEvent(
                r.Date("date"), r.Text("kind"), r.Text("title"), r.Optional("detail") ?? "",
                (r.Optional("channels") ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), r.Source())),
        };

        input = input with { Recognitions = WithFirstReports(input.Recognitions, reader.OptionalCsv("first-reports.csv",
            ["subject", "code", "event", "date", "reported_on", "source"], r => (Key: (r.Code("subject"), r.Code("code"),
                r.Choice("event", KebabNames.Of<RecognitionEventKind>()), r.Date("date")), Report: new FirstReport(r.Date("reported_on"), r.Source(), r.Optional("note")))), problems) };
        var report = problems.Count > 0
            ? new ValidationReport([.. problems])
            : RegistryValidator.Validate(input);
        return new DataSet(input, report);
    }

    /// <summary>Attaches each first report to the recognition event it names; a report of no such event, or a second one, is a problem.</summary>
    private static List<Located<RecognitionEvent>> WithFirstReports(
        IReadOnlyList<Located<RecognitionEvent>> events, IReadOnlyList<Located<((EntityCode, EntityCode, RecognitionEventKind, PartialDate) Key, FirstReport Report)>> reports, List<Problem> problems)
    {
        var byEvent = new Dictionary<(EntityCode, EntityCode, RecognitionEventKind, PartialDate), FirstReport>();
        foreach (var report in reports)
        {
            if (!events.Any(e => (e.Value.Subject, e.Value.State, e.Value.Kind, e.Value.Date) == report.Value.Key))
            {
                problems.Add(new("unknown-event", "names no event of recognitions.csv (subject, code, event and date must match a row)", report.Location));
            }
            else if (!byEvent.TryAdd(report.Value.Key, report.Value.Report))
            {
                problems.Add(new("duplicate", "a second first report of the same event", report.Location));
            }
        }

        return [.. events.Select(e => byEvent.TryGetValue((e.Value.Subject, e.Value.State, e.Value.Kind, e.Value.Date), out var first)
            ? e with { Value = e.Value with { FirstReport = first } } : e)];
    }

    private sealed class Reader(string directory, List<Problem> problems)
    {
        public IReadOnlyList<Located<T>> OptionalCsv<T>(string file, IReadOnlyList<string> required, Func<FieldRow, T> build) =>
            File.Exists(Path.Combine(directory, file)) ? Csv(file, required, build) : [];

        public IReadOnlyList<Located<T>> OptionalCsv<T>(string file, FactFormat<T> format) where T : class => OptionalCsv(file, format.Required, format.Build);

        public IReadOnlyList<Located<T>> Csv<T>(string file, FactFormat<T> format) where T : class => Csv(file, format.Required, format.Build);

        public IReadOnlyList<Located<T>> CsvGlob<T>(string pattern, IReadOnlyList<string> required, Func<FieldRow, T> build) =>
            [.. Directory.GetFiles(directory, pattern).Order(StringComparer.Ordinal).SelectMany(f => Csv(Path.GetFileName(f), required, build))];

        public IReadOnlyList<Located<T>> Csv<T>(string file, IReadOnlyList<string> required, Func<FieldRow, T> build)
        {
            var path = Path.Combine(directory, file);
            if (!File.Exists(path))
            {
                problems.Add(new("missing-file", "the file is missing", Shown(file)));
                return [];
            }

            var table = CsvTable.Load(path, Shown(file), required, problems);
            return table is null ? [] : [.. table.Rows(build, problems)];
        }

        public IReadOnlyList<Located<T>> CsvFolder<T>(string folder, IReadOnlyList<string> required, Func<FieldRow, T> build) =>
            CsvFolder(folder, required, (r, _) => build(r));

        public IReadOnlyList<Located<T>> CsvFolder<T>(string folder, IReadOnlyList<string> required, Func<FieldRow, string, T> build)
        {
            var path = Path.Combine(directory, folder);
            var files = Directory.Exists(path) ? Directory.GetFiles(path, "*.csv").Order(StringComparer.Ordinal) : Enumerable.Empty<string>();
            return [.. files.SelectMany(f => Csv(Path.Combine(folder, Path.GetFileName(f)), required, r => build(r, f)))];
        }

        public List<Located<AdmissionProcedure>> Procedures(string folder)
        {
            var path = Path.Combine(directory, folder);
            var schemaFile = Path.Combine(path, "schema.json");
            if (!Directory.Exists(path))
            {
                return [];
            }

            if (!File.Exists(schemaFile))
            {
                problems.Add(new("missing-file", "the rules' JSON Schema is missing", Shown(Path.Combine(folder, "schema.json"))));
                return [];
            }

            var schema = NJsonSchema.JsonSchema.FromJsonAsync(File.ReadAllText(schemaFile)).GetAwaiter().GetResult();
            var result = new List<Located<AdmissionProcedure>>();
            foreach (var file in Directory.GetFiles(path, "*.json").Where(f => Path.GetFileName(f) != "schema.json").Order(StringComparer.Ordinal))
            {
                var shown = Shown(Path.Combine(folder, Path.GetFileName(file)));
                var text = File.ReadAllText(file);
                try
                {
                    var errors = schema.Validate(text);
                    if (errors.Count > 0)
                    {
                        problems.AddRange(errors.Select(e => new Problem("schema", $"{(string.IsNullOrEmpty(e.Path) ? "document" : e.Path.TrimStart('#', '/'))}: {e.Kind}", e.HasLineInfo ? $"{shown}:{e.LineNumber}" : shown)));
                        continue;
                    }

                    result.Add(new(RuleJson.Read(text), shown));
                }
                catch (Exception e) when (e is JsonException or Newtonsoft.Json.JsonException or ArgumentException)
                {
                    problems.Add(new("bad-json", e.Message.Split(" (Parameter")[0], shown));
                }
            }

            return result;
        }

        public Located<ForecastPriors>? Priors(string file)
        {
            var path = Path.Combine(directory, file);
            if (!File.Exists(path))
            {
                return null;
            }

            try
            {
                return new(ReadPriors(File.ReadAllText(path)), Shown(file));
            }
            catch (Exception e) when (e is JsonException or ArgumentException or KeyNotFoundException or InvalidOperationException)
            {
                problems.Add(new("bad-json", e.Message.Split(" (Parameter")[0], Shown(file)));
                return null;
            }
        }

        /// <summary>Roll calls: one file per vote in votes/members/, named by the vote's id.</summary>
        public IReadOnlyList<Located<RollCallEntry>> RollCalls() =>
            CsvFolder(Path.Combine("votes", "members"), ["code", "vote", "source"], (r, file) => new RollCallEntry(
                Path.GetFileNameWithoutExtension(file), r.Code("code"), r.Choice("vote", KebabNames.Of<RollCallVote>()), r.Source(), r.Optional("note")));

        /// <summary>Votes by national delegation: one file per vote in votes/delegations/, named by the vote's id.</summary>
        public IReadOnlyList<Located<DelegationVote>> DelegationVotes() =>
            CsvFolder(Path.Combine("votes", "delegations"), ["code", "yes", "no", "abstain", "source"], (r, file) => new DelegationVote(
                Path.GetFileNameWithoutExtension(file), r.Code("code"), r.OptionalCount("yes"), r.OptionalCount("no"), r.OptionalCount("abstain"), r.Source(), r.Optional("note")));

        public List<Located<Organisation>> Organisations(string file)
        {
            var shown = Shown(file);
            var path = Path.Combine(directory, file);
            if (!File.Exists(path))
            {
                problems.Add(new("missing-file", "the file is missing", shown));
                return [];
            }

            try
            {
                var rows = JsonSerializer.Deserialize<List<OrganisationJson>>(File.ReadAllText(path), JsonOptions) ?? [];
                var result = new List<Located<Organisation>>();
                foreach (var (o, i) in rows.Select((o, i) => (o, i)))
                {
                    var at = $"{shown}[{i}]";
                    try
                    {
                        result.Add(new(new Organisation(new OrganisationId(o.Id ?? ""), o.Name ?? "",
                            o.Parent is null ? null : new OrganisationId(o.Parent),
                            [.. (o.Bodies ?? []).Select(b => new Body(b.Id ?? "", b.Name ?? "", new OrganisationId(b.Roster ?? o.Id ?? "")))],
                            string.IsNullOrWhiteSpace(o.Source) ? throw new ArgumentException("source is empty") : new SourceRef(o.Source)), at));
                    }
                    catch (ArgumentException e)
                    {
                        problems.Add(new("bad-value", $"organisation {o.Id}: {e.Message.Split(" (Parameter")[0]}", at));
                    }
                }

                return result;
            }
            catch (JsonException e)
            {
                problems.Add(new("bad-json", e.Message, shown));
                return [];
            }
        }

        private static string Shown(string file) => "data/" + file.Replace('\\', '/');
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };

    /// <summary>Writes priors in the shape of data/forecast/priors.json.</summary>
    internal static string WritePriors(ForecastPriors priors) => JsonSerializer.Serialize(new
    {
        calibration = priors.Calibration,
        blocCorrelation = priors.BlocCorrelation,
        blocs = priors.Blocs.Select(b => b.Value),
        categories = priors.Categories.ToDictionary(c => c.Key, c => new { yes = c.Value.Yes, no = c.Value.No, abstain = c.Value.Abstain, absent = c.Value.Absent }),
    });

    /// <summary>Reads data/forecast/priors.json.</summary>
    internal static ForecastPriors ReadPriors(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        var categories = root.GetProperty("categories").EnumerateObject().ToDictionary(c => c.Name, c => new PriorStance(
            c.Value.GetProperty("yes").GetDouble(), c.Value.GetProperty("no").GetDouble(),
            c.Value.GetProperty("abstain").GetDouble(), c.Value.GetProperty("absent").GetDouble()), StringComparer.Ordinal);
        return new ForecastPriors(categories, [.. root.GetProperty("blocs").EnumerateArray().Select(b => new OrganisationId(b.GetString()!))],
            root.GetProperty("blocCorrelation").GetDouble(), root.GetProperty("calibration").GetString() ?? "");
    }

    private sealed record OrganisationJson(string? Id, string? Name, string? Parent, string? Source, List<BodyJson>? Bodies);

    private sealed record BodyJson(string? Id, string? Name, string? Roster);
}

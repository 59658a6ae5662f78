using System.CommandLine;
using Standing.Answers;
using Standing.Cli.Output;
using Standing.Data;
using Standing.Domain;

namespace Standing.Cli.Commands;

/// <summary><c>standing keys create|list|revoke</c>: the API keys that let editors write through the web API.</summary>
internal static class KeysCommand
{
    /// <summary>A key as printed; <see cref="Key"/>, the secret, only when it is created.</summary>
    public sealed record View(string Id, string Name, string Role, DateTimeOffset Created, DateTimeOffset? Revoked, string? Key = null);

    private static readonly IReadOnlyList<Column<View>> Listed =
        [new("id", k => k.Id), new("name", k => k.Name), new("role", k => k.Role), new("created", k => Stamp(k.Created)), new("revoked", k => k.Revoked is { } r ? Stamp(r) : null)];

    private static readonly IReadOnlyList<Column<View>> Created = [.. Listed, new("key", k => k.Key)];

    public static Command Create(CliHost host)
    {
        var keys = new Command("keys", "Manage the API keys of the web API's writers (shown once, stored hashed)");
        keys.Subcommands.Add(CreateKey(host));
        keys.Subcommands.Add(List(host));
        keys.Subcommands.Add(Revoke(host));
        return keys;
    }

    private static Command CreateKey(CliHost host)
    {
        var (format, database) = (QueryOptions.FormatOption(), QueryOptions.DatabaseOption());
        var role = new Option<string>("--role") { Description = "reader, editor or admin", Required = true };
        role.AcceptOnlyFromAmong([.. KebabNames.Of<KeyRole>().Keys]);
        var name = new Option<string>("--name") { Description = "Whose key it is: changes are recorded under this name", Required = true };
        var command = new Command("create", "Make a key; its secret is printed this once") { role, name, format, database };
        command.SetAction(async (parse, ct) =>
        {
            var who = parse.GetValue(name)!;
            if (string.IsNullOrWhiteSpace(who))
            {
                throw new UsageException("--name: give the name of the key's holder");
            }

            var (key, secret) = await host.Keys(parse.GetValue(database)).CreateAsync(who, KebabNames.Of<KeyRole>()[parse.GetValue(role)!], host.Now, ct);
            Renderer.Object(parse.InvocationConfiguration.Output, OutputFormats.Parse(parse.GetValue(format)), ViewOf(key) with { Key = secret }, Created);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command List(CliHost host)
    {
        var (format, database) = (QueryOptions.FormatOption(), QueryOptions.DatabaseOption());
        var command = new Command("list", "List the keys (never their secrets)") { format, database };
        command.SetAction(async (parse, ct) =>
        {
            var all = await host.Keys(parse.GetValue(database)).ListAsync(ct);
            Renderer.List(parse.InvocationConfiguration.Output, OutputFormats.Parse(parse.GetValue(format)), [.. all.Select(ViewOf)], Listed);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Revoke(CliHost host)
    {
        var (format, database) = (QueryOptions.FormatOption(), QueryOptions.DatabaseOption());
        var id = new Argument<string>("ID") { Description = "The key's id, as `standing keys list` shows it" };
        var command = new Command("revoke", "Revoke a key: requests carrying it get 401 from then on") { id, format, database };
        command.SetAction(async (parse, ct) =>
        {
            var key = await host.Keys(parse.GetValue(database)).RevokeAsync(parse.GetValue(id)!, host.Now, ct)
                ?? throw new UsageException($"ID: no key has the id '{parse.GetValue(id)}' (see `standing keys list`)");
            Renderer.Object(parse.InvocationConfiguration.Output, OutputFormats.Parse(parse.GetValue(format)), ViewOf(key), Listed);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static View ViewOf(ApiKey k) => new(k.Id, k.Name, k.Role.ToKebab(), k.Created, k.Revoked);

    private static string Stamp(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);
}

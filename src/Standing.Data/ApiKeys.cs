using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Standing.Data.Storage;
using Standing.Domain;

namespace Standing.Data;

/// <summary>What a key's holder may do: read (as anyone may), change facts, or also manage keys.</summary>
public enum KeyRole
{
    /// <summary>Reads only.</summary>
    Reader,

    /// <summary>Adds, corrects, retracts and reverts facts.</summary>
    Editor,

    /// <summary>An editor who may also manage keys.</summary>
    Admin,
}

/// <summary>An API key as listed: never its secret.</summary>
/// <param name="Id">The key's id (the secret starts with it).</param>
/// <param name="Name">Whose key it is; changes are recorded under this name.</param>
/// <param name="Role">What it allows.</param>
/// <param name="Created">When it was made.</param>
/// <param name="Revoked">When it was revoked, if it was.</param>
public sealed record ApiKey(string Id, string Name, KeyRole Role, DateTimeOffset Created, DateTimeOffset? Revoked);

/// <summary>
/// The API keys in the database. A key's secret is shown once, when it is made; the database keeps only its SHA-256
/// hash (a random 256-bit secret needs no slow hash: there is nothing to guess).
/// </summary>
public sealed class ApiKeys(StandingDataOptions options)
{
    private const string Prefix = "stk_";
    private const string Columns = """ "Id", "Name", "Role", "Created", "Revoked", "Hash" """;
    private readonly Database _database = Database.For(options);

    /// <summary>Makes a key; the secret is returned this once.</summary>
    public async Task<(ApiKey Key, string Secret)> CreateAsync(string name, KeyRole role, DateTimeOffset at, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        await new StandingStore(options).EnsureCurrentAsync(ct);
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(5));
        var secret = $"{Prefix}{id}_{Base64Url(RandomNumberGenerator.GetBytes(32))}";
        var key = new ApiKey(id, name.Trim(), role, at, null);
        await ExecuteAsync(
            """INSERT INTO "api_keys" ("Id", "Name", "Role", "Hash", "Created") VALUES (@id, @name, @role, @hash, @created)""",
            [("id", id), ("name", key.Name), ("role", role.ToKebab()), ("hash", Hash(secret)), ("created", Stamp(at))],
            ct);
        return (key, secret);
    }

    /// <summary>Every key, oldest first.</summary>
    public async Task<IReadOnlyList<ApiKey>> ListAsync(CancellationToken ct = default)
    {
        await new StandingStore(options).EnsureCurrentAsync(ct);
        return await QueryAsync($"""SELECT {Columns} FROM "api_keys" ORDER BY "Created", "Id" """, [], ct);
    }

    /// <summary>Revokes the key with this id (a revoked key stays revoked); null if there is none.</summary>
    public async Task<ApiKey?> RevokeAsync(string id, DateTimeOffset at, CancellationToken ct = default)
    {
        await new StandingStore(options).EnsureCurrentAsync(ct);
        await ExecuteAsync("""UPDATE "api_keys" SET "Revoked" = @at WHERE "Id" = @id AND "Revoked" IS NULL""", [("id", id), ("at", Stamp(at))], ct);
        return (await QueryAsync($"""SELECT {Columns} FROM "api_keys" WHERE "Id" = @id""", [("id", id)], ct)).FirstOrDefault();
    }

    /// <summary>The key whose secret this is, if it exists and is not revoked; otherwise null.</summary>
    public async Task<ApiKey?> VerifyAsync(string secret, CancellationToken ct = default)
    {
        if (!secret.StartsWith(Prefix, StringComparison.Ordinal) || secret.IndexOf('_', Prefix.Length) is var end && end < 0)
        {
            return null;
        }

        var id = secret[Prefix.Length..end];
        var hash = Encoding.ASCII.GetBytes(Hash(secret));
        var found = await QueryAsync($"""SELECT {Columns} FROM "api_keys" WHERE "Id" = @id""", [("id", id)], ct,
            stored => CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(stored), hash));
        return found.FirstOrDefault(k => k.Revoked is null);
    }

    private async Task ExecuteAsync(string sql, (string, object)[] parameters, CancellationToken ct)
    {
        await using var connection = await _database.OpenAsync(readOnly: false, ct);
        await using var command = Database.Command(connection, null, sql, parameters);
        await command.ExecuteNonQueryAsync(ct);
    }

    private async Task<List<ApiKey>> QueryAsync(string sql, (string, object)[] parameters, CancellationToken ct, Func<string, bool>? hashMatches = null)
    {
        await using var connection = await _database.OpenAsync(readOnly: true, ct);
        await using var command = Database.Command(connection, null, sql, parameters);
        var keys = new List<ApiKey>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            if (hashMatches is null || hashMatches(reader.GetString(5)))
            {
                keys.Add(new(reader.GetString(0), reader.GetString(1), KebabNames.Of<KeyRole>()[reader.GetString(2)], Parse(reader.GetString(3)),
                    reader.IsDBNull(4) ? null : Parse(reader.GetString(4))));
            }
        }

        return keys;
    }

    private static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static string Stamp(DateTimeOffset at) => at.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);

    private static DateTimeOffset Parse(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}

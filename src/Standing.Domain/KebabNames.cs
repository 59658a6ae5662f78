using System.Text;

namespace Standing.Domain;

/// <summary>The kebab-case names that enum values have in data files, on the command line and in JSON.</summary>
public static class KebabNames
{
    /// <summary>The kebab-case name of a value: <c>StateLimited</c> is <c>state-limited</c>.</summary>
    public static string ToKebab<T>(this T value)
        where T : struct, Enum
    {
        var name = value.ToString();
        var text = new StringBuilder(name.Length + 4);
        foreach (var c in name)
        {
            if (char.IsUpper(c) && text.Length > 0)
            {
                text.Append('-');
            }

            text.Append(char.ToLowerInvariant(c));
        }

        return text.ToString();
    }

    /// <summary>Every value of <typeparamref name="T"/> by its kebab-case name.</summary>
    public static IReadOnlyDictionary<string, T> Of<T>()
        where T : struct, Enum => Cache<T>.Names;

    private static class Cache<T>
        where T : struct, Enum
    {
        public static readonly IReadOnlyDictionary<string, T> Names =
            Enum.GetValues<T>().ToDictionary(v => v.ToKebab(), v => v, StringComparer.Ordinal);
    }
}

using System.CommandLine;

namespace Exposure.Cli.Commands;

/// <summary>Checks the parser runs on option values, so that a mistake is a usage error (exit code 64) that names the option.</summary>
public static class OptionChecks
{
    /// <summary>
    /// An option taking several values would take an unknown option written after them (<c>--holdings a.csv --bogus</c>)
    /// as one more value; a value that looks like an option and is no existing file or folder is reported as an unknown option.
    /// </summary>
    public static T RejectingUnknownOptions<T>(this T option) where T : Option
    {
        option.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                var value = token.Value;
                if (value.Length > 1 && value[0] == '-' && !File.Exists(value) && !Directory.Exists(value))
                {
                    result.AddError($"unknown option '{value}' (after {option.Name})");
                    return;
                }
            }
        });
        return option;
    }

    /// <summary>Accepts one of <paramref name="choices"/>, in any case; the help and the error list each once.</summary>
    public static Option<string> OneOf(this Option<string> option, params string[] choices)
    {
        option.HelpName = string.Join('|', choices);
        option.Validators.Add(result =>
        {
            var value = result.Tokens.Count > 0 ? result.Tokens[^1].Value : null;
            if (value is not null && !choices.Contains(value, StringComparer.OrdinalIgnoreCase))
                result.AddError($"{option.Name}: '{value}' is not one of {string.Join(", ", choices)}");
        });
        return option;
    }
}

using System.ComponentModel.DataAnnotations;

namespace SozialHub.Api.Seed;

/// <summary>The <c>Seed</c> configuration section: where the demo city lives and whether to load it.</summary>
public sealed class SeedOptions : IValidatableObject
{
    public const string SectionName = "Seed";

    /// <summary>The folder with the demo city's files; defaults to the copy beside the API's binaries.</summary>
    public string Path { get; set; } = System.IO.Path.Combine(AppContext.BaseDirectory, "seed");

    /// <summary>Load the demo city when the database has no social spaces yet.</summary>
    public bool LoadOnFirstStart { get; set; } = true;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (LoadOnFirstStart && !File.Exists(System.IO.Path.Combine(Path, DemoCity.SocialSpacesFile)))
        {
            yield return new ValidationResult(
                $"Seed:Path '{Path}' holds no demo city ({DemoCity.SocialSpacesFile} is missing); set Seed:Path or Seed:LoadOnFirstStart=false.",
                [nameof(Path)]);
        }
    }
}

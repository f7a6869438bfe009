using System.ComponentModel.DataAnnotations;

namespace SozialHub.Portal.GraphQL;

/// <summary>The <c>Api</c> configuration section: where the SozialHub API answers.</summary>
public sealed class ApiOptions : IValidatableObject
{
    public const string SectionName = "Api";

    /// <summary>The API's base URL; GraphQL is at <c>{BaseUrl}graphql</c>.</summary>
    /// <remarks>A string, not a <see cref="Uri"/>: binding would turn a typo into a relative URI instead of a clear message.</remarks>
    public string BaseUrl { get; set; } = "http://localhost:5001/";

    /// <summary>The base URL with a trailing slash, so that relative paths append; call once the options passed validation.</summary>
    /// <remarks>A method, not a property: the validator reads every property, this one included, before it reports.</remarks>
    public Uri GetBaseUri() => new(BaseUrl.EndsWith('/') ? BaseUrl : BaseUrl + "/");

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Uri.TryCreate(BaseUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            yield return new ValidationResult(
                $"Api:BaseUrl '{BaseUrl}' is not an absolute http or https URL; set it to the API's address, e.g. http://localhost:5001/.",
                [nameof(BaseUrl)]);
        }
    }
}

using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace SozialHub.Identity.Pages.Forms;

/// <summary>
/// One form field as every form here shows it: label, optional hint, the error next to the field, and the input
/// tied to both with <c>aria-describedby</c>. What was typed comes back after an error, passwords never.
/// <code>&lt;field for="Input.Email" label="E-Mail-Adresse" type="email" autocomplete="username" /&gt;</code>
/// </summary>
[HtmlTargetElement("field", Attributes = "for", TagStructure = TagStructure.WithoutEndTag)]
public sealed class FieldTagHelper : TagHelper
{
    [HtmlAttributeName("for")]
    public ModelExpression For { get; set; } = null!;

    public string Label { get; set; } = "";

    public string? Hint { get; set; }

    /// <summary>An input type (text, email, password) or <c>textarea</c>.</summary>
    public string Type { get; set; } = "text";

    public string? Autocomplete { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var name = ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name);
        var id = TagBuilder.CreateSanitizedId(name, "_");
        // One message per field, the first found: "required" says enough, "and not an address" would be noise.
        var errors = ViewContext.ModelState.TryGetValue(name, out var entry)
            ? entry.Errors.Select(e => e.ErrorMessage).Where(m => m.Length > 0).Take(1).ToList()
            : [];

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", errors.Count > 0 ? "field field--error" : "field");

        var label = new TagBuilder("label");
        label.Attributes["for"] = id;
        label.InnerHtml.Append(Label);
        output.Content.AppendHtml(label);

        var describedBy = new List<string>();
        if (Hint is not null)
        {
            output.Content.AppendHtml(Paragraph("field__hint", $"{id}-hinweis", Hint));
            describedBy.Add($"{id}-hinweis");
        }

        if (errors.Count > 0)
        {
            var error = Paragraph("field__error", $"{id}-fehler", null);
            error.InnerHtml.AppendHtml("<span class=\"visually-hidden\">Fehler: </span>").Append(errors[0]);
            output.Content.AppendHtml(error);
            describedBy.Add($"{id}-fehler");
        }

        var control = Type == "textarea" ? new TagBuilder("textarea") : new TagBuilder("input") { TagRenderMode = TagRenderMode.SelfClosing };
        control.Attributes["id"] = id;
        control.Attributes["name"] = name;
        if (Type != "textarea")
        {
            control.Attributes["type"] = Type;
        }

        if (Autocomplete is not null)
        {
            control.Attributes["autocomplete"] = Autocomplete;
        }

        if (describedBy.Count > 0)
        {
            control.Attributes["aria-describedby"] = string.Join(" ", describedBy);
        }

        if (errors.Count > 0)
        {
            control.Attributes["aria-invalid"] = "true";
        }

        // Announced as required without the browser's own error bubbles, so every error looks and reads alike.
        if (For.Metadata.ValidatorMetadata.OfType<RequiredAttribute>().Any())
        {
            control.Attributes["aria-required"] = "true";
        }

        if (For.Metadata.ValidatorMetadata.OfType<StringLengthAttribute>().FirstOrDefault() is { } length)
        {
            control.Attributes["maxlength"] = length.MaximumLength.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var value = Type == "password" ? null : entry?.AttemptedValue ?? For.Model?.ToString();
        if (Type == "textarea")
        {
            control.Attributes["rows"] = "5";
            control.InnerHtml.Append(value ?? "");
        }
        else if (value is not null)
        {
            control.Attributes["value"] = value;
        }

        output.Content.AppendHtml(control);
    }

    private static TagBuilder Paragraph(string cssClass, string id, string? text)
    {
        var paragraph = new TagBuilder("p");
        paragraph.AddCssClass(cssClass);
        paragraph.Attributes["id"] = id;
        if (text is not null)
        {
            paragraph.InnerHtml.Append(text);
        }

        return paragraph;
    }
}

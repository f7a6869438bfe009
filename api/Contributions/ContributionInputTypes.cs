using GraphQL.Types;
using SozialHub.Api.GraphQL;

namespace SozialHub.Api.Contributions;

public sealed class PostCommentInputType : InputObjectGraphType<PostCommentInput>
{
    public PostCommentInputType()
    {
        Name = "PostCommentInput";
        Description = "A comment on an action field or a social space, or a reply (then without a target).";
        Field<StringGraphType>("actionField").Description("The action field it is about (key).");
        Field<StringGraphType>("socialSpace").Description("The social space it is about (key).");
        Field<IdGraphType>("replyTo").Description("The contribution it answers (global id); replies go at most 3 levels deep.");
        Field<NonNullGraphType<StringGraphType>>("text").Description($"Markdown, at most {Contribution.MaxTextLength} characters.");
        Field<IdGraphType>("organizationId").Description("Write as this organisation (global id of an `Organization` the caller is a member of); it is shown as the author.");
        Field<ContributionContextInputType>("context").Description("What the person was looking at.");
    }
}

public sealed class PostLocalKnowledgeInputType : InputObjectGraphType<PostLocalKnowledgeInput>
{
    public PostLocalKnowledgeInputType()
    {
        Name = "PostLocalKnowledgeInput";
        Description = "Local knowledge (Ortswissen): a point on the map or a social space chosen from a list, a category, a title and a text.";
        Field<NonNullGraphType<EnumerationGraphType<LocalKnowledgeCategory>>>("category").Description("What kind of knowledge.");
        Field<NonNullGraphType<StringGraphType>>("title").Description($"Title, at most {Limits.Name} characters.");
        Field<NonNullGraphType<StringGraphType>>("text").Description($"Markdown, at most {Contribution.MaxTextLength} characters.");
        Field<FloatGraphType>("latitude").Description("Latitude (WGS84) of the point; the social space is found from it.");
        Field<FloatGraphType>("longitude").Description("Longitude (WGS84) of the point.");
        Field<StringGraphType>("socialSpace").Description("Instead of a point: the social space (key).");
        Field<IdGraphType>("organizationId").Description("Write as this organisation (global id of an `Organization` the caller is a member of); it is shown as the author.");
        Field<ContributionContextInputType>("context").Description("What the person was looking at.");
    }
}

public sealed class ContributionContextInputType : InputObjectGraphType<ContextInput>
{
    public ContributionContextInputType()
    {
        Name = "ContributionContextInput";
        Description = "What the person was looking at while writing (all optional).";
        Field<StringGraphType>("socialSpace").Description("Social space (key).");
        Field<StringGraphType>("indicator").Description("Indicator (key).");
        Field<IntGraphType>("year").Description("Data year.");
    }
}

public sealed class EditContributionInputType : InputObjectGraphType<EditContributionInput>
{
    public EditContributionInputType()
    {
        Name = "EditContributionInput";
        Description = "A new text for one's own contribution; the previous one is kept.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The contribution (global id).");
        Field<NonNullGraphType<StringGraphType>>("text").Description($"Markdown, at most {Contribution.MaxTextLength} characters.");
        Field<StringGraphType>("title").Description("A new title (local knowledge only); unchanged when absent.");
    }
}

public sealed class ContributionIdInputType : InputObjectGraphType<ContributionIdInput>
{
    public ContributionIdInputType()
    {
        Name = "ContributionIdInput";
        Description = "Names a contribution.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The contribution (global id).");
    }
}

public sealed class ContributionReasonInputType : InputObjectGraphType<ContributionReasonInput>
{
    public ContributionReasonInputType()
    {
        Name = "ContributionReasonInput";
        Description = "Names a contribution and gives a reason (flag: why it is reported; hide: the public reason).";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The contribution (global id).");
        Field<NonNullGraphType<StringGraphType>>("reason").Description($"At most {ContributionFlag.MaxReasonLength} characters.");
    }
}

public sealed class AnonymizeContributionsInputType : InputObjectGraphType<AnonymizeContributionsInput>
{
    public AnonymizeContributionsInputType()
    {
        Name = "AnonymizeContributionsInput";
        Description = "A person deleted their account.";
        Field<NonNullGraphType<StringGraphType>>("subject").Description("The person's `sub`.");
        Field<NonNullGraphType<BooleanGraphType>>("deleteTexts").Description("The person chose to delete their texts too.").DefaultValue(false);
    }
}

public sealed class ContributionPayloadType : ObjectGraphType<ContributionPayload>
{
    public ContributionPayloadType()
    {
        Name = "ContributionPayload";
        Description = "The contribution as it is now, or (with errors) why nothing changed.";
        Field<ContributionType>("contribution").Description("The contribution; null when there are errors.").Resolve(c => c.Source.Contribution);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("errors").Description("What is wrong with the input; empty on success.")
            .Resolve(c => c.Source.Errors);
    }
}

public sealed class AnonymizeContributionsPayloadType : ObjectGraphType<AnonymizePayload>
{
    public AnonymizeContributionsPayloadType()
    {
        Name = "AnonymizeContributionsPayload";
        Description = "How many contributions were anonymised, or why nothing changed.";
        Field(p => p.Count).Description("Contributions anonymised.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("errors").Description("What is wrong with the input; empty on success.")
            .Resolve(c => c.Source.Errors);
    }
}

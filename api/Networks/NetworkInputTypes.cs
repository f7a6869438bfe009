using GraphQL.Types;
using SozialHub.Api.GraphQL;

namespace SozialHub.Api.Networks;

public sealed class CreateNetworkInputType : InputObjectGraphType<NetworkInput>
{
    public CreateNetworkInputType()
    {
        Name = "CreateNetworkInput";
        Description = "A new network (Gremium, Arbeitskreis).";
        NetworkFields.AddTo(this);
    }
}

public sealed class UpdateNetworkInputType : InputObjectGraphType<NetworkInput>
{
    public UpdateNetworkInputType()
    {
        Name = "UpdateNetworkInput";
        Description = "A network's new data: every field is replaced, the members only when given.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The network (global id).");
        NetworkFields.AddTo(this);
    }
}

internal static class NetworkFields
{
    public static void AddTo(InputObjectGraphType<NetworkInput> input)
    {
        input.Field<NonNullGraphType<StringGraphType>>("name").Description($"Name, unique, at most {Limits.Name} characters.");
        input.Field<StringGraphType>("description").Description($"Markdown, at most {Limits.Message} characters.");
        input.Field<IdGraphType>("coordinator").Description("The coordinating organisation (global id); required unless a planner creates it.");
        input.Field<StringGraphType>("actionField").Description("The action field it works in (key).");
        input.Field<StringGraphType>("meetingRhythm").Description($"How often it meets, e.g. monatlich; at most {Limits.Name} characters.");
        input.Field<ListGraphType<NonNullGraphType<IdGraphType>>>("members").Description("The member organisations (global ids).");
    }
}

public sealed class NetworkMemberInputType : InputObjectGraphType<NetworkMemberInput>
{
    public NetworkMemberInputType()
    {
        Name = "NetworkMemberInput";
        Description = "A network and an organisation.";
        Field<NonNullGraphType<IdGraphType>>("network").Description("The network (global id).");
        Field<NonNullGraphType<IdGraphType>>("organization").Description("The organisation (global id).");
    }
}

public sealed class NetworkPayloadType : ObjectGraphType<NetworkPayload>
{
    public NetworkPayloadType()
    {
        Name = "NetworkPayload";
        Description = "The network as it is now, or (with errors) why nothing changed.";
        Field<NetworkType>("network").Description("The network; null when there are errors.").Resolve(c => c.Source.Network);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("errors").Description("What is wrong with the input; empty on success.")
            .Resolve(c => c.Source.Errors);
    }
}

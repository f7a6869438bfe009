namespace SozialHub.Api;

/// <summary>Column sizes shared by the model and input validation.</summary>
public static class Limits
{
    public const int Key = 64;
    public const int Name = 200;
    public const int Source = 200;
    public const int FileName = 260;
    public const int Person = 200;
    public const int Message = 2000;
}

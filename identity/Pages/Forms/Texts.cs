namespace SozialHub.Identity.Pages.Forms;

/// <summary>The German messages of the forms, in one place so that every form says the same thing the same way.</summary>
public static class Texts
{
    public const string EmailRequired = "Bitte geben Sie Ihre E-Mail-Adresse ein.";
    public const string EmailInvalid = "Bitte geben Sie eine gültige E-Mail-Adresse ein, zum Beispiel name@beispiel.de.";
    public const string PasswordRequired = "Bitte geben Sie Ihr Passwort ein.";
    public const string NewPasswordRequired = "Bitte geben Sie ein neues Passwort ein.";
    public const string RepeatRequired = "Bitte geben Sie das Passwort ein zweites Mal ein.";
    public const string PasswordsDiffer = "Die beiden Passwörter stimmen nicht überein.";
    public const string PasswordHint = "Mindestens 10 Zeichen. Gut zu merken und schwer zu erraten ist ein kurzer Satz aus mehreren Wörtern.";
    public const string DisplayNameRequired = "Bitte geben Sie einen Anzeigenamen ein.";
    public const string DisplayNameHint = "Wird im Portal bei Ihren Beiträgen angezeigt. Ein Vorname oder ein Fantasiename genügt.";
    public const string TooLong = "Die Eingabe ist zu lang (höchstens {1} Zeichen).";

    public const string WrongCredentials = "E-Mail-Adresse oder Passwort ist falsch.";
    public const string WrongPassword = "Das Passwort ist falsch.";
    public const string LockedOut = "Nach zu vielen falschen Versuchen ist das Konto für 15 Minuten gesperrt. Bitte versuchen Sie es danach noch einmal oder lassen Sie sich ein neues Passwort schicken.";
    public const string Unconfirmed = "Ihre E-Mail-Adresse ist noch nicht bestätigt. Bitte öffnen Sie den Link in der E-Mail, die wir Ihnen nach der Registrierung geschickt haben.";
    public const string InvalidLink = "Der Link ist abgelaufen oder wurde schon verwendet. Bitte fordern Sie einen neuen an.";

    // When the hub's API cannot be reached (Participation/HubApiClient): nothing has been changed.
    public const string DeletionUnavailable = "Ihr Konto konnte gerade nicht gelöscht werden: Ihre Beiträge im Portal lassen sich im Moment nicht anonymisieren, weil der Datenhub nicht erreichbar ist. Ihr Konto ist unverändert. Bitte versuchen Sie es in einigen Minuten noch einmal.";
    public const string ExportUnavailable = "Ihre Daten konnten gerade nicht zusammengestellt werden, weil der Datenhub mit Ihren Beiträgen nicht erreichbar ist. Bitte versuchen Sie es in einigen Minuten noch einmal.";
}

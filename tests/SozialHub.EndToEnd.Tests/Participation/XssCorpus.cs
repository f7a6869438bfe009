namespace SozialHub.EndToEnd.Tests.Participation;

/// <summary>
/// Attempts to run script through a comment. Each would set <c>window.__xss</c>; the test posts every one as a
/// comment and checks that no script ran and that the words around it are still there to read.
/// </summary>
public static class XssCorpus
{
    private const string Run = "window.__xss=1";

    private static readonly string[] Written =
    [
        // Script elements, plain and disguised.
        $"<script>{Run}</script>",
        $"<SCRIPT>{Run}</SCRIPT>",
        $"<script type=\"text/javascript\">{Run}</script>",
        $"<script src=\"data:text/javascript,{Run}\"></script>",
        $"<scr<script>ipt>{Run}</scr</script>ipt>",
        $"<script>/*</script><script>*/{Run}</script>",
        $"<<script>{Run}//<</script>",
        $"<script\x20type=\"text/javascript\">{Run};</script>",
        $"<script/src=\"data:,{Run}\"></script>",
        $"</textarea><script>{Run}</script>",
        $"</title><script>{Run}</script>",
        $"\"><script>{Run}</script>",
        $"'><script>{Run}</script>",
        $"<noscript><p title=\"</noscript><img src=x onerror={Run}>\">",
        $"<template><script>{Run}</script></template>",
        // Links and URLs.
        $"<a href=\"javascript:{Run}\">Link</a>",
        $"<a href=\"JaVaScRiPt:{Run}\">Link</a>",
        $"<a href=\"java&#x09;script:{Run}\">Link</a>",
        $"<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;:{Run}\">Link</a>",
        $"<a href=\" javascript:{Run}\">Link</a>",
        $"<a href=\"data:text/html,<script>{Run}</script>\">Link</a>",
        $"<a href=\"data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9MTwvc2NyaXB0Pg==\">Link</a>",
        $"<a href=\"vbscript:{Run}\">Link</a>",
        $"<a href=\"#\" onclick=\"{Run}\">Link</a>",
        $"<form action=\"javascript:{Run}\"><button>Senden</button></form>",
        $"<button formaction=\"javascript:{Run}\">Senden</button>",
        $"<iframe src=\"javascript:{Run}\"></iframe>",
        $"<iframe srcdoc=\"<script>parent.{Run}</script>\"></iframe>",
        $"<object data=\"javascript:{Run}\"></object>",
        $"<embed src=\"javascript:{Run}\">",
        $"<meta http-equiv=\"refresh\" content=\"0;url=javascript:{Run}\">",
        $"<base href=\"javascript:{Run}//\">",
        $"<link rel=\"stylesheet\" href=\"javascript:{Run}\">",
        $"<img src=\"javascript:{Run}\">",
        $"<img src=\"data:image/svg+xml,<svg onload={Run}>\">",
        // SVG and MathML.
        $"<svg onload=\"{Run}\"></svg>",
        $"<svg><script>{Run}</script></svg>",
        $"<svg><animate onbegin=\"{Run}\" attributeName=\"x\" dur=\"1s\"/></svg>",
        $"<svg><a xlink:href=\"javascript:{Run}\"><text x=\"20\" y=\"20\">Klick</text></a></svg>",
        $"<svg><set attributeName=\"onmouseover\" to=\"{Run}\"/></svg>",
        $"<svg><foreignObject><img src=x onerror=\"{Run}\"></foreignObject></svg>",
        $"<svg><use href=\"data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='1' onerror='{Run}'/></svg>#x\"/></svg>",
        $"<math><mtext><table><mglyph><style><img src=x onerror=\"{Run}\"></style></mglyph></table></mtext></math>",
        $"<math href=\"javascript:{Run}\">Formel</math>",
        // Styles.
        $"<style>@import 'javascript:{Run}';</style>",
        $"<div style=\"background:url(javascript:{Run})\">Stil</div>",
        $"<div style=\"width:expression({Run})\">Stil</div>",
        $"<style>*{{background:url('javascript:{Run}')}}</style>",
        // Malformed HTML.
        $"<img src=x onerror={Run}//",
        $"<img \"\"\"><script>{Run}</script>\">",
        $"<img src=`x` onerror=`{Run}`>",
        $"<img/src/onerror={Run}>",
        $"<img src=x:x onerror=\"{Run}\"/>",
        $"<IMG SRC=x ONERROR=\"{Run}\">",
        $"<img src=x onerror=&#119;&#105;&#110;&#100;&#111;&#119;&#46;&#95;&#95;&#120;&#115;&#115;&#61;&#49;>",
        $"<div <img src=x onerror={Run}>>",
        $"<!--<img src=\"--><img src=x onerror={Run}//\">",
        $"<![CDATA[<script>{Run}</script>]]>",
        $"<?xml version=\"1.0\"?><script>{Run}</script>",
        $"<a href=\"x\" onmouseover=\"{Run}\"<b>fett</b></a>",
        $"<p title=\"</p><script>{Run}</script>\">Absatz</p>",
        $"<select><option><iframe src=\"javascript:{Run}\"></option></select>",
        $"<xmp><img src=x onerror={Run}></xmp>",
        $"<plaintext><img src=x onerror={Run}>",
        $"<table><td background=\"javascript:{Run}\">Zelle</td></table>",
        // Markdown tricks.
        $"[Klick](javascript:{Run})",
        $"[Klick](JAVASCRIPT:{Run})",
        $"[Klick]( javascript:{Run} )",
        $"[Klick](<javascript:{Run}>)",
        $"[Klick](javascript&#58;{Run})",
        $"[Klick](data:text/html,<script>{Run}</script>)",
        $"[Klick](vbscript:{Run})",
        $"![Bild](javascript:{Run})",
        $"![Bild\" onerror=\"{Run}](x)",
        $"[Klick](x \"\\\" onmouseover=\\\"{Run}\")",
        $"[Klick][ref]\n\n[ref]: javascript:{Run}",
        $"<javascript:{Run}>",
        $"[<img src=x onerror={Run}>](https://example.org)",
        $"[Klick](https://example.org\" onclick=\"{Run})",
        $"```html\n<script>{Run}</script>\n```",
        $"`<script>{Run}</script>`",
        $"> <script>{Run}</script>",
        $"- <img src=x onerror={Run}>",
        $"**<svg onload={Run}>**",
        $"# <script>{Run}</script> Überschrift",
        $"[Klick](#\"onmouseover=\"{Run})",
        $"<https://example.org/\"onmouseover=\"{Run}>",
        $"[a](javascript:/* */{Run})",
        $"![a](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9IndpbmRvdy5fX3hzcz0xIj48L3N2Zz4=)",
    ];

    private static readonly string[] Events = ["onerror", "onload", "onmouseover", "onfocus", "onclick", "onanimationstart", "ontoggle", "onpointerenter"];

    private static readonly string[] Tags = ["img src=x", "body", "video src=x", "audio src=x", "details open", "input autofocus", "div tabindex=0", "marquee", "iframe", "object data=x"];

    /// <summary>The written payloads and event handlers on common elements (more than 100 in all).</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        .. Written,
        .. Tags.Select((tag, i) => $"<{tag} {Events[i % Events.Length]}=\"{Run}\">Element</{tag.Split(' ')[0]}>"),
        .. Events.Select(e => $"<a href=\"https://example.org\" {e}={Run}>Link</a>"),
    ];
}

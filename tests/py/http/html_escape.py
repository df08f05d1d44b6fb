"""html.escape, html.unescape (HTML5 rules for references) and html.entities."""
import html, html.entities
print(html.escape("<a href='x'>&\"</a>"), html.escape("<'\">", quote=False))
for s in ["&amp;&lt;&gt;&quot;&#39;&#x27;", "&notit; &notin; &not", "&#128;&#0;&#x110000;&#xD800;&#1;&#65;&#x41", "a & b &; &# &#x &#xZ &amp", "&AElig &AElig; &aeligx", "&" * 3, "&ThisIsNotAnEntity;", "&lt" + "x" * 40 + ";"]:
    print(repr(html.unescape(s)))
print(len(html.entities.html5), len(html.entities.name2codepoint), html.entities.name2codepoint['amp'], html.entities.codepoint2name[0x3c], html.entities.entitydefs['nbsp'] == '\xa0', html.entities.html5['NotEqualTilde;'])
print(html.__all__, html.entities.__all__)

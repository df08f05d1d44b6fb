# html.parser on large documents fed whole and in big pieces: long quoted
# attribute values holding '>', long comments, scripts and text runs,
# references and non-ASCII text far into the buffer.
import hashlib
from html.parser import HTMLParser

from _recorder import Recorder


class OwnStartTags(Recorder):
    # overriding a scanning method must not change anything either
    def parse_starttag(self, i):
        return HTMLParser.parse_starttag(self, i)


def page(rows, seed):
    parts = ["<!DOCTYPE html>\n<html><head><title>Big &amp; page</title>"]
    for n in range(rows):
        k = (n * 7 + seed) % 11
        if k == 0:
            parts.append("<div data-x='%s' title = \"%s\">" % ("v>w " * (n % 200), "t > u " * (n % 300)))
        elif k == 1:
            parts.append("<!-- %s -->" % ("comment <p> " * (n % 120)))
        elif k == 2:
            parts.append("<script>var s = '%s</p>';</script>" % ("x<y " * (n % 150)))
        elif k == 3:
            parts.append("caf\u00e9 \u20ac%d &eacute;&#233;&#x20AC; &notit; & done " % n)
        elif k == 4:
            parts.append("word " * (n % 250))
        elif k == 5:
            parts.append("<a href=\"/p?a=%d&amp;b=2\" class=link>link %d</a>\n" % (n, n))
        elif k == 6:
            parts.append("<IMG SRC=i%d.png ALT='' /><br/>" % n)
        elif k == 7:
            parts.append("<![CDATA[%s]]>" % ("d" * (n % 90)))
        elif k == 8:
            parts.append("<p class='%s'>&lt;tag&gt;</p>" % ("c" * (n % 100)))
        elif k == 9:
            parts.append("<?php echo %d ?><style>p > a { }</style>" % n)
        else:
            parts.append("</div>\n")
    parts.append("</html>")
    return "".join(parts)


def run(cls, doc, convert, piece):
    p = cls(convert_charrefs=convert)
    for k in range(0, len(doc), piece):
        p.feed(doc[k:k + piece])
    p.close()
    return hashlib.sha1(repr(p.events).encode()).hexdigest()[:12], len(p.events)


for seed, rows in ((0, 300), (5, 500)):
    doc = page(rows, seed)
    print("document", seed, len(doc))
    for convert in (True, False):
        for piece in (len(doc), 5000, 997):
            print("  ", convert, piece, run(Recorder, doc, convert, piece))
        if seed == 0:
            print("  ", convert, "own parse_starttag", run(OwnStartTags, doc, convert, len(doc)))

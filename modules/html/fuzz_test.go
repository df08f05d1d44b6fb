package html_test

import (
	"testing"
	"unicode/utf8"

	"github.com/gopyrt/gopy/interp"
)

// fuzzScript parses sys.argv[1], repeated until it spans several of html.parser's scan
// windows and shifted by a few pads (so window ends fall at other places in it), with both convert_charrefs settings: once by a plain subclass (scanned through
// windows) and once by a subclass overriding parse_starttag (scanned over the whole
// buffer, as CPython does). Both must give the same events, and the only exception
// allowed is the AssertionError CPython raises for marked sections it does not know;
// anything else, or a Go panic, fails.
const fuzzScript = `
import sys
from html.parser import HTMLParser

class Rec(HTMLParser):
    def __init__(self, convert):
        super().__init__(convert_charrefs=convert)
        self.ev = []
    def handle_starttag(self, tag, attrs): self.ev.append(("s", tag, attrs, self.getpos(), self.get_starttag_text()))
    def handle_startendtag(self, tag, attrs): self.ev.append(("se", tag, attrs, self.getpos()))
    def handle_endtag(self, tag): self.ev.append(("e", tag, self.getpos()))
    def handle_data(self, d): self.ev.append(("d", d, self.getpos()))
    def handle_comment(self, d): self.ev.append(("c", d, self.getpos()))
    def handle_decl(self, d): self.ev.append(("decl", d))
    def handle_pi(self, d): self.ev.append(("pi", d))
    def handle_entityref(self, n): self.ev.append(("er", n))
    def handle_charref(self, n): self.ev.append(("cr", n))
    def unknown_decl(self, d): self.ev.append(("u", d))

class Whole(Rec):
    def parse_starttag(self, i):
        return HTMLParser.parse_starttag(self, i)

def run(cls, text, convert):
    p = cls(convert)
    try:
        p.feed(text)
        p.close()
    except AssertionError as e:
        p.ev.append(("AssertionError", str(e)))
    p.ev.append((p.rawdata, p.getpos()))
    return p.ev

text = sys.argv[1]
if text:
    text = text * (1 + 7000 // len(text))
for pad in ("", "x" * 16, "y" * 32, "z" * 48):
    for convert in (True, False):
        a, b = run(Rec, pad + text, convert), run(Whole, pad + text, convert)
        assert a == b, [x for x in zip(a, b) if x[0] != x[1]][:1]
`

// FuzzParser runs html.parser on arbitrary text.
func FuzzParser(f *testing.F) {
	seeds := []string{
		"<!DOCTYPE html><p class=x id='a > b'>T &amp; t</p>",
		"<a b = \"c > d e\" f=g>x</a><br/>",
		"<a b = \"c > d e f g h i j k l m n o p q r s t u v w\" f=g>x</a>",
		"<script>if (a<b) x = '</p>';</script><style>p>a{}</style>",
		"<!-- c --><?pi?><![CDATA[x]]><![if !IE]>y<![endif]>",
		"&#65;&#x42;&copy &notit; & alone &#bad;",
		"<p <div>x</ div></>",
		"<![foo[x]]>",
		"caf\u00e9 \u20ac <b title='\u00e9>'>",
	}
	for _, s := range seeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) || len(text) > 400 {
			return
		}
		it := interp.New(interp.Options{})
		defer it.Close()
		if status := it.RunString(fuzzScript, []string{text}); status != 0 {
			t.Errorf("status %d for %q: see stderr", status, text)
		}
	})
}

package xml_test

import (
	"testing"

	"github.com/gopyrt/gopy/interp"
)

// fuzzScript parses sys.argv[1] (as text and as UTF-8 bytes) with ElementTree, whole and
// fed in two pieces: the only exception allowed is ParseError, and both ways must agree.
const fuzzScript = `
import sys
import xml.etree.ElementTree as ET

def parse(pieces):
    p = ET.XMLParser()
    try:
        for piece in pieces:
            p.feed(piece)
        return ET.tostring(p.close())
    except ET.ParseError as e:
        assert isinstance(e.code, int) and len(e.position) == 2, e
        return (str(e), e.code, e.position)

text = sys.argv[1]
for doc in (text, text.encode()):
    whole = parse([doc])
    for cut in range(1, len(doc), 7):
        assert parse([doc[:cut], doc[cut:]]) == whole, (cut, whole)
`

// FuzzFromstring runs ElementTree's parser over arbitrary text through gopy.
func FuzzFromstring(f *testing.F) {
	for _, s := range []string{
		"<a x='1'>t&amp;<b/>\u00e9</a>",
		"<r xmlns='u' xmlns:p='v'><p:a p:x='1'/></r>",
		"<!DOCTYPE a [<!ENTITY e 'v'>]><a>&e;</a>",
		"<a></b>",
		"<a><![CDATA[x]]><!--c--><?p d?></a>",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if len(text) > 200 {
			return
		}
		it := interp.New(interp.Options{})
		defer it.Close()
		if status := it.RunString(fuzzScript, []string{text}); status != 0 {
			t.Errorf("status %d for %q: see stderr", status, text)
		}
	})
}

package expat

import (
	"fmt"
	"strings"
	"testing"
)

// normalize renders events with adjacent character data joined (a piece boundary may
// split data where a whole document does not).
func normalize(events []Event) []string {
	var out []string
	for _, e := range events {
		if e.Kind == CharacterData && len(out) > 0 && strings.HasPrefix(out[len(out)-1], "data ") {
			out[len(out)-1] += e.Text
			continue
		}
		if e.Kind == CharacterData {
			out = append(out, "data "+e.Text)
			continue
		}
		out = append(out, fmt.Sprintf("%d %d:%d:%d %q %q %q %v %d", e.Kind, e.Line, e.Col, e.Byte, e.Name, e.Text, e.Pub, e.Attrs, e.Flag))
	}
	return out
}

func scanAll(ns bool, pieces ...[]byte) ([]string, *Error) {
	events, err := scanRaw(ns, false, pieces...)
	return normalize(events), err
}

// scanRaw feeds the pieces in turn, holding character data at their ends if hold.
func scanRaw(ns, hold bool, pieces ...[]byte) ([]Event, *Error) {
	s := New(ns, "}")
	var events []Event
	var err *Error
	for i, p := range pieces {
		var ev []Event
		s.Hold = hold && i < len(pieces)-1
		ev, err = s.Feed(p, i == len(pieces)-1)
		events = append(events, ev...)
		if err != nil {
			break
		}
	}
	return events, err
}

// FuzzFeed scans arbitrary bytes whole and cut in two at every place (with and without
// namespace processing): it must not panic, and both ways must give the same events and
// the same error at the same position (exactly the same events when the first piece
// holds its character data, as _xmlscan feeds the pieces of one Parse call).
func FuzzFeed(f *testing.F) {
	for _, s := range []string{
		"<?xml version='1.0' encoding='utf-8'?>\n<a x='1' y=\"&lt;2\">t&amp;u\r\nv<![CDATA[<c>]]><!--cm--><?pi data?><b/>\u00e9&#233;</a>",
		"<!DOCTYPE a [<!ENTITY e '<b>x</b>'><!ATTLIST a d CDATA 'dv'>]><a>&e;</a>",
		"<r xmlns='u' xmlns:p='v'><p:a p:x='1' y='2'/><b xmlns=''/></r>",
		"<a></b>", "<a x='1' x='2'/>", "<a>&foo;</a>", "<!DOCTYPE a SYSTEM 's'><a>&u;</a>",
		"\xff\xfe<\x00a\x00/\x00>\x00", "<?xml version='1.0' encoding='latin-1'?><a>\xe9</a>",
		"<a>]]></a>", "<a><!-- x -- y --></a>", "<a", "<!DOCTYPE a [<!ENTITY e '&e;'>]><a>&e;</a>",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 300 {
			return
		}
		for _, ns := range []bool{false, true} {
			whole, werr := scanAll(ns, data)
			for cut := 1; cut < len(data); cut++ {
				split, serr := scanAll(ns, data[:cut], data[cut:])
				if fmt.Sprint(werr) != fmt.Sprint(serr) || (werr != nil && *werr != *serr) {
					t.Fatalf("ns=%v cut %d of %q: error %v, whole: %v", ns, cut, data, serr, werr)
				}
				if werr == nil && strings.Join(whole, "\n") != strings.Join(split, "\n") {
					t.Fatalf("ns=%v cut %d of %q:\n%s\nwhole:\n%s", ns, cut, data, strings.Join(split, "\n"), strings.Join(whole, "\n"))
				}
				// Held at the cut, the events are exactly the whole document's.
				held, herr := scanRaw(ns, true, data[:cut], data[cut:])
				raw, _ := scanRaw(ns, false, data)
				if fmt.Sprint(herr) != fmt.Sprint(werr) || herr == nil && fmt.Sprint(held) != fmt.Sprint(raw) {
					t.Fatalf("ns=%v held cut %d of %q:\n%v\nwhole:\n%v", ns, cut, data, held, raw)
				}
			}
		}
	})
}

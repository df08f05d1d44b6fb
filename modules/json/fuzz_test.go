package json

import (
	stdjson "encoding/json"
	"testing"

	"github.com/go-python/gpython/py"

	_ "github.com/gopyrt/gopy/internal/classes" // the object model the decoder's dicts need

	"github.com/gopyrt/gopy/internal/gpyhooks"
)

// decode runs the scanner core on doc as json.loads does (whitespace around one value).
func decode(doc string) (py.Object, error) {
	sc := &Scanner{strict: true}
	d := &decodeState{Scanner: sc, s: doc, memo: map[string]py.String{}}
	v, end, err := d.value(skip(doc, 0))
	if err != nil {
		return nil, err
	}
	if skip(doc, end) != len(doc) {
		return nil, &syntaxError{"Extra data", skip(doc, end)}
	}
	return v, nil
}

// encode runs the encoder core on v as json.dumps does.
func encode(v py.Object) (string, error) {
	st := &encodeState{Encoder: &Encoder{circular: true, ascii: true, keySep: ": ", itemSep: ", ", allowNaN: true}, markers: map[any]struct{}{}}
	err := st.value(v)
	return string(st.buf), err
}

// FuzzDecode feeds arbitrary documents to the decoder: it must never panic, must accept
// what Go's encoding/json accepts (a subset: Go refuses NaN and the infinities), and what it
// decodes must encode to a document that decodes and encodes to the same text.
func FuzzDecode(f *testing.F) {
	for _, seed := range []string{
		`{"a": [1, 2.5, null, true, false, "x"], "b": {}}`, `[]`, `{}`, ` [1 , 2 ] `, `"s"`, `-0`,
		`-0.0`, `1e400`, `1E+2`, `123456789012345678901234567890`, `NaN`, `[-Infinity]`,
		`"\u00e9\n\t\"\\\/\b\f\r"`, `"\ud834\udd1e"`, `"\ud800"`, `"\udc00\ud800x"`, `"é中𝄞"`,
		`[1,[2,[3,[4]]]]`, `{"a":1,"a":2}`, `[`, `[1,`, `{"a"`, `{"a":1,}`, `"\u12"`, `"\q"`,
		`"a` + "\n" + `b"`, `01`, `1.`, `-`, `[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]`,
		"\xff\xfe", `"\xed\xa0\x80"`,
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, doc string) {
		v, err := decode(doc)
		if err != nil {
			if _, ok := err.(*syntaxError); !ok {
				if e, ok := err.(*py.Exception); !ok || e.Base.Name != "RecursionError" && e.Base.Name != "RuntimeError" {
					t.Fatalf("decode(%q): unexpected error %v", doc, err)
				}
				return
			}
			if stdjson.Valid([]byte(doc)) && len(doc) < 10000 {
				t.Fatalf("decode(%q): %v, but the document is valid JSON", doc, err)
			}
			return
		}
		text, err := encode(v)
		if err != nil {
			t.Fatalf("encode(decode(%q)): %v", doc, err)
		}
		v2, err := decode(text)
		if err != nil {
			t.Fatalf("decode(%q) (encoded from %q): %v", text, doc, err)
		}
		text2, err := encode(v2)
		if err != nil || text2 != text {
			t.Fatalf("%q: encoded %q, then %q (%v)", doc, text, text2, err)
		}
	})
}

// TestMain makes gopy's changes to gpython before the tests run, as interp does.
func TestMain(m *testing.M) { gpyhooks.TestMain(m) }

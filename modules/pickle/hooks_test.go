package pickle

import (
	"testing"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/gpyhooks"
)

// odd is an object pickle cannot save (no reduction).
type odd struct{ name string }

var oddType = py.NewType("odd", "")

func (o *odd) Type() *py.Type { return oddType }

// TestHookSubstituteClone checks the Go-level hooks multiprocessing's 'fork' start method
// uses: Hook replaces an object's reduction, Substitute replaces what fails to pickle
// (the output and memo of the failed attempt taken back, the replacement memoized for the
// failing object too), Clone continues the memo for a pickle read after the first by an
// unpickler that keeps its memo (SetInput), DumpAppend writes after a buffer.
func TestHookSubstituteClone(t *testing.T) {
	ctx := py.NewContext(py.DefaultContextOpts())
	defer ctx.Close()
	p, err := NewPickler(ctx, 4, true)
	if err != nil {
		t.Fatal(err)
	}
	p.NoFrames = true
	bad, wrapper, hooked := &odd{"bad"}, &odd{"wrapper"}, &odd{"hooked"}
	inner := &py.List{Items: []py.Object{py.Int(1)}}
	p.Hook = func(obj py.Object) (py.Object, error) {
		switch obj {
		case hooked:
			return py.Tuple{py.StringType, py.Tuple{py.String("from the hook")}}, nil
		case wrapper:
			// inner is memoized before bad fails: taking wrapper back must forget it.
			return py.Tuple{py.StringType, py.Tuple{inner, bad}}, nil
		}
		return nil, nil
	}
	failed := 0
	p.Substitute = func(obj py.Object, err error) (py.Object, bool) {
		if _, ok := obj.(*odd); ok {
			failed++ // (the tuple of wrapper's arguments is asked too)
		}
		return py.String("substitute"), obj == wrapper
	}
	first := py.Tuple{hooked, wrapper, inner, wrapper}
	data, err := p.DumpAppend([]byte("prefix"), first)
	if err != nil {
		t.Fatal(err)
	}
	if string(data[:6]) != "prefix" {
		t.Fatalf("DumpAppend lost the prefix: %q", data[:6])
	}
	second, err := p.Clone().DumpAppend(nil, py.Tuple{inner, wrapper})
	if err != nil {
		t.Fatal(err)
	}
	u := NewUnpickler(ctx, data[6:])
	got, err := u.Load()
	if err != nil {
		t.Fatal(err)
	}
	u.SetInput(second)
	got2, err := u.Load()
	if err != nil {
		t.Fatal(err)
	}
	r, _ := py.ReprAsString(got)
	if r != "('from the hook', 'substitute', [1], 'substitute')" {
		t.Errorf("loaded %s", r)
	}
	g, g2 := got.(py.Tuple), got2.(py.Tuple)
	if g[2] != g2[0] || failed != 2 {
		t.Errorf("the cloned memo did not carry the list, or the substitute was not reused (%d failures)", failed)
	}
	if _, err := p.Dump(py.Tuple{&odd{"other"}}); err == nil {
		t.Error("an object Substitute declines did not fail")
	}
}

// TestMain makes gopy's changes to gpython before the tests run, as interp does.
func TestMain(m *testing.M) { gpyhooks.TestMain(m) }

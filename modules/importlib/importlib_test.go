package importlib

import (
	"testing"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/gpyhooks"
)

func TestResolveName(t *testing.T) {
	pkg := py.StringDict{"__package__": py.String("a.b.c")}
	for _, c := range []struct {
		name  string
		level int
		want  string
		fails bool
	}{
		{"x", 0, "x", false}, {"x", 1, "a.b.c.x", false}, {"", 1, "a.b.c", false},
		{"x.y", 2, "a.b.x.y", false}, {"", 3, "a", false}, {"x", 4, "", true},
	} {
		got, err := resolveName(c.name, pkg, c.level)
		if (err != nil) != c.fails || got != c.want {
			t.Errorf("resolveName(%q, %d) = %q, %v", c.name, c.level, got, err)
		}
	}
	if _, err := resolveName("x", py.StringDict{"__name__": py.String("__main__")}, 1); err == nil {
		t.Error("a relative import from __main__ did not fail")
	}
	got, err := resolveName("y", py.StringDict{"__name__": py.String("p.q")}, 1)
	if err != nil || got != "p.y" {
		t.Errorf("relative to a module without __package__: %q, %v", got, err)
	}
}

// TestMain makes gopy's changes to gpython before the tests run, as interp does.
func TestMain(m *testing.M) { gpyhooks.TestMain(m) }

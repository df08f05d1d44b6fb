package os

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/go-python/gpython/py"
	"golang.org/x/sys/unix"

	"github.com/gopyrt/gopy/internal/gpyhooks"
)

func TestReadDirents(t *testing.T) {
	dir := t.TempDir()
	want := []string{"a", "b.txt", "sub"}
	for _, n := range want[:2] {
		if err := os.WriteFile(filepath.Join(dir, n), nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Mkdir(filepath.Join(dir, "sub"), 0o755); err != nil {
		t.Fatal(err)
	}
	fd, err := unix.Open(dir, unix.O_RDONLY|unix.O_DIRECTORY|unix.O_CLOEXEC, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer unix.Close(fd)
	ents, err := readDirents(fd)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range ents {
		names = append(names, e.name)
		if (e.name == "sub") != (e.dtype == unix.DT_DIR) {
			t.Errorf("%s: d_type %d", e.name, e.dtype)
		}
	}
	sort.Strings(names)
	if strings.Join(names, ",") != strings.Join(want, ",") {
		t.Errorf("entries %v, want %v", names, want)
	}
}

func TestParseArgsMessages(t *testing.T) {
	names := []string{"path", "dir_fd", "follow_symlinks"}
	for _, c := range []struct {
		args   py.Tuple
		kwargs py.StringDict
		msg    string
	}{
		{nil, nil, "stat() missing required argument 'path' (pos 1)"},
		{py.Tuple{py.String("a"), py.String("b")}, nil, "stat() takes exactly 1 positional argument (2 given)"},
		{py.Tuple{py.String("a")}, py.StringDict{"x": py.None}, "'x' is an invalid keyword argument for stat()"},
		{nil, py.StringDict{"path": py.None, "dir_fd": py.None, "follow_symlinks": py.None, "q": py.None}, "stat() takes at most 3 keyword arguments (4 given)"},
		{py.Tuple{py.String("a")}, py.StringDict{"path": py.None}, "argument for stat() given by name ('path') and position (1)"},
	} {
		_, err := parseArgs("stat", c.args, c.kwargs, names, 1, 1)
		exc, ok := err.(*py.Exception)
		if !ok {
			t.Errorf("%v %v: no exception (%v)", c.args, c.kwargs, err)
			continue
		}
		if got := string(exc.Args.(py.Tuple)[0].(py.String)); got != c.msg {
			t.Errorf("message %q, want %q", got, c.msg)
		}
	}
	a, err := parseArgs("stat", py.Tuple{py.String("p")}, py.StringDict{"follow_symlinks": py.False}, names, 1, 1)
	if err != nil || a[0] != py.String("p") || a[1] != nil || a[2] != py.False {
		t.Errorf("parsed %v, %v", a, err)
	}
}

func TestStatResult(t *testing.T) {
	var st unix.Stat_t
	if err := unix.Stat(".", &st); err != nil {
		t.Fatal(err)
	}
	s := newStatResult(&st)
	if n, _ := s.M__len__(); n != py.Int(10) {
		t.Errorf("len %v", n)
	}
	mt, _ := s.M__getitem__(py.Int(8))
	if mt != py.Int(st.Mtim.Sec) {
		t.Errorf("item 8 = %v, want %d", mt, st.Mtim.Sec)
	}
	if _, err := s.M__getitem__(py.Int(10)); err == nil {
		t.Error("item 10 did not fail")
	}
	r, _ := s.M__repr__()
	if !strings.HasPrefix(string(r.(py.String)), "os.stat_result(st_mode=") {
		t.Errorf("repr %v", r)
	}
	if s.v[statResult.attrs["st_mtime_ns"]] != py.Int(st.Mtim.Sec*1e9+st.Mtim.Nsec) {
		t.Error("st_mtime_ns differs")
	}
}

// TestMain makes gopy's changes to gpython before the tests run, as interp does.
func TestMain(m *testing.M) { gpyhooks.TestMain(m) }

package codecache

import (
	"bytes"
	"debug/elf"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/gopyrt/gopy/compiler"
)

func TestBuildID(t *testing.T) {
	id := buildID()
	if id == "" {
		t.Fatal("no Go build ID found in the test binary")
	}
	// What debug/elf finds in the note segments is the same.
	f, err := elf.Open("/proc/self/exe")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	want := ""
	for _, p := range f.Progs {
		if p.Type == elf.PT_NOTE && want == "" {
			data := make([]byte, p.Filesz)
			if _, err := p.ReadAt(data, 0); err == nil {
				want = goNote(data, f.ByteOrder)
			}
		}
	}
	if id != want {
		t.Fatalf("buildID() = %q, debug/elf's notes say %q", id, want)
	}
}

// TestDamaged checks that an entry that is cut short, altered or not an entry at all is
// compiled again (and rewritten), and that a different source is a different entry.
func TestDamaged(t *testing.T) {
	useDir(t, t.TempDir())
	src := "def f(x):\n    return x + 1\n"
	if _, err := Compile(src, "m.py", 0); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(Dir(), entryName(src, "m.py", 0))
	good, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	flipped := append([]byte(nil), good...)
	flipped[len(flipped)-3] ^= 0x40
	for _, bad := range [][]byte{good[:len(good)/2], flipped, []byte("junk"), nil} {
		if err := os.WriteFile(path, bad, 0o600); err != nil {
			t.Fatal(err)
		}
		if load(path) != nil {
			t.Fatalf("damaged entry %q loaded", bad)
		}
		code, err := Compile(src, "m.py", 0)
		if err != nil || code == nil || code.Name != "<module>" {
			t.Fatalf("compiling again: %v %v", code, err)
		}
		if got, _ := os.ReadFile(path); !bytes.Equal(got, good) {
			t.Fatal("the damaged entry was not rewritten")
		}
	}
	if entryName(src, "m.py", 0) == entryName(src+"\n", "m.py", 0) ||
		entryName(src, "m.py", 0) == entryName(src, "n.py", 0) ||
		entryName(src, "m.py", 0) == entryName(src, "m.py", compiler.SourceBytes) {
		t.Fatal("different compilations share an entry")
	}
}

// TestErrorsNotCached checks that a syntax error is reported each time and leaves no entry.
func TestErrorsNotCached(t *testing.T) {
	useDir(t, t.TempDir())
	for i := 0; i < 2; i++ {
		if _, err := Compile("def (:\n", "bad.py", 0); err == nil {
			t.Fatal("no SyntaxError")
		}
	}
	if entries, _ := os.ReadDir(Dir()); len(entries) != 0 {
		t.Fatalf("entries after a failed compile: %v", entries)
	}
}

// TestOff checks GOPYCACHE=off and an unwritable cache: code is compiled, nothing written.
func TestOff(t *testing.T) {
	useDir(t, "off")
	if Dir() != "" {
		t.Fatalf("GOPYCACHE=off gives directory %q", Dir())
	}
	if code, err := Compile("x = 1\n", "x.py", 0); err != nil || code == nil {
		t.Fatal(code, err)
	}
	file := filepath.Join(t.TempDir(), "file") // a directory cannot be made under a file
	if err := os.WriteFile(file, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	useDir(t, filepath.Join(file, "cache"))
	if code, err := Compile("x = 2\n", "x.py", 0); err != nil || code == nil {
		t.Fatal(code, err)
	}
}

var time0 = time.Unix(1_700_000_000, 0)

// TestPrune checks that at most keepBuilds builds' directories are kept, the newest.
func TestPrune(t *testing.T) {
	root := t.TempDir()
	for i := 0; i < keepBuilds+5; i++ {
		d := filepath.Join(root, string(rune('a'+i)))
		if err := os.Mkdir(d, 0o700); err != nil {
			t.Fatal(err)
		}
		old := time.Duration(i) * time.Second
		_ = os.Chtimes(d, time0.Add(old), time0.Add(old))
	}
	mine := filepath.Join(root, "mine")
	if err := os.Mkdir(mine, 0o700); err != nil {
		t.Fatal(err)
	}
	prune(root, mine)
	entries, _ := os.ReadDir(root)
	if len(entries) != keepBuilds {
		t.Fatalf("%d directories left, want %d", len(entries), keepBuilds)
	}
	if _, err := os.Stat(filepath.Join(root, "a")); err == nil {
		t.Fatal("the oldest build's directory was kept")
	}
	if _, err := os.Stat(mine); err != nil {
		t.Fatal("the current build's directory was removed")
	}
}

// TestWarningsNotCached checks that code whose compilation warned is not kept: loading it
// would not warn again.
func TestWarningsNotCached(t *testing.T) {
	useDir(t, t.TempDir())
	if _, err := Compile("s = '\\d'\n", "w.py", 0); err != nil {
		t.Fatal(err)
	}
	if entries, _ := os.ReadDir(Dir()); len(entries) != 0 {
		t.Fatalf("entries after a compile that warned: %v", entries)
	}
	if _, err := Compile("s = '\\\\d'\n", "w.py", 0); err != nil {
		t.Fatal(err)
	}
	if entries, _ := os.ReadDir(Dir()); len(entries) != 1 {
		t.Fatalf("%d entries after a compile that did not warn, want 1", len(entries))
	}
}

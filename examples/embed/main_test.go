package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/gopyrt/gopy/interp"
)

// TestMain serves the Pool workers, which are this test binary re-executed, with the Go
// module, as main does.
func TestMain(m *testing.M) {
	interp.Main(wordstats)
	os.Exit(m.Run())
}

func TestRun(t *testing.T) {
	out, err := os.Create(filepath.Join(t.TempDir(), "out"))
	if err != nil {
		t.Fatal(err)
	}
	defer out.Close()
	if err := run(out); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(out.Name())
	if err != nil {
		t.Fatal(err)
	}
	if want := "the 4\ndog 2\nfox 2\n"; string(got) != want {
		t.Errorf("output %q, want %q", got, want)
	}
}

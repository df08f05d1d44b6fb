package syntax

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/gopyrt/gopy/internal/syntax/ast"
	"github.com/gopyrt/gopy/internal/syntax/internal/oracle"
)

// The oracle test parses every .py file of python3's standard library found on this
// machine with gopy and with python3, and compares ast.dump(tree, include_attributes=True)
// (by SHA-256; a mismatch is shown in full) or the SyntaxError (see package oracle for
// the cache of python3's answers). With -short only a sample of the files is checked.

// gopyResult is what the oracle records, computed by gopy.
func gopyResult(path string) (string, string) {
	data, err := os.ReadFile(path)
	if err != nil {
		return "", ""
	}
	m, err := ParseBytes(path, data, ModeExec)
	if err != nil {
		e := err.(*Error)
		return "ERR " + errorSummary(e), ""
	}
	h := sha256.New()
	ast.DumpTo(h, m, true)
	return hex.EncodeToString(h.Sum(nil)), ""
}

func errorSummary(e *Error) string {
	msg := strings.ReplaceAll(e.Msg, "\n", "\\n")
	if e.NoLocation {
		return fmt.Sprintf("%s: %s (None, None, None, None)", e.Kind, msg)
	}
	return fmt.Sprintf("%s: %s (%s, %s, %s, %s)", e.Kind, msg, pyInt(e.Lineno), pyInt(e.Offset), pyInt(e.EndLineno), pyInt(e.EndOffset))
}

func pyInt(i int) string {
	if i == None {
		return "None"
	}
	return strconv.Itoa(i)
}

func TestStdlibOracle(t *testing.T) {
	py := oracle.Python(t)
	files := oracle.StdlibFiles(t, py)
	want := oracle.Answers(t, py, "testdata/oracle_dump.py", files)
	type result struct {
		file, got, dump string
	}
	jobs := make(chan string)
	results := make(chan result)
	var wg sync.WaitGroup
	for i := 0; i < runtime.GOMAXPROCS(0); i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for f := range jobs {
				got, dump := gopyResult(f)
				if got == want[f] {
					dump = ""
				}
				results <- result{f, got, dump}
			}
		}()
	}
	go func() {
		for _, f := range files {
			jobs <- f
		}
		close(jobs)
		wg.Wait()
		close(results)
	}()
	match, shown := 0, 0
	var bad []string
	for r := range results {
		if r.got == want[r.file] {
			match++
			continue
		}
		bad = append(bad, r.file)
		if shown < 5 {
			shown++
			t.Errorf("%s:\n gopy:    %s\n python3: %s%s", r.file, r.got, want[r.file], firstDifference(py, r.file))
		}
	}
	sort.Strings(bad)
	if len(bad) > shown {
		t.Errorf("%d more files differ: %s", len(bad)-shown, strings.Join(bad[shown:min(len(bad), shown+20)], " "))
	}
	t.Logf("%d of %d files of the standard library match python3", match, len(files))
}

// firstDifference shows where gopy's dump of a file first differs from python3's.
func firstDifference(py, file string) string {
	data, err := os.ReadFile(file)
	if err != nil {
		return ""
	}
	m, err := ParseBytes(file, data, ModeExec)
	if err != nil {
		return ""
	}
	got := ast.Dump(m, true)
	out, err := exec.Command(py, "-c", "import ast,sys; print(ast.dump(ast.parse(open(sys.argv[1],'rb').read(), sys.argv[1]), include_attributes=True), end='')", file).Output()
	if err != nil {
		return ""
	}
	want := string(out)
	i := 0
	for i < len(got) && i < len(want) && got[i] == want[i] {
		i++
	}
	from := max(0, i-300)
	return fmt.Sprintf("\n first difference at byte %d:\n gopy:    ...%s\n python3: ...%s", i, got[from:min(len(got), i+200)], want[from:min(len(want), i+200)])
}

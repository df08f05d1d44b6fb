package symtable

import (
	"fmt"
	"os"
	"runtime"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/gopyrt/gopy/internal/syntax"
	"github.com/gopyrt/gopy/internal/syntax/internal/oracle"
)

// dump renders a table as testdata/symtable_dump.py renders python3's.
func dump(t *Table, out *[]string) {
	names := make([]string, 0, len(t.Symbols))
	for n := range t.Symbols {
		names = append(names, n)
	}
	sort.Strings(names)
	syms := make([]string, len(names))
	for i, n := range names {
		syms[i] = fmt.Sprintf("%s:%d", n, t.Symbols[n])
	}
	nested := 0
	if t.Nested {
		nested = 1
	}
	*out = append(*out, fmt.Sprintf("%d %s %d %d [%s] [%s]", t.Type, t.Name, t.Lineno, nested,
		strings.Join(syms, " "), strings.Join(t.Varnames, " ")))
	for _, c := range t.Children {
		dump(c, out)
	}
	*out = append(*out, "end")
}

func gopyAnswer(path string) (string, string) {
	data, err := os.ReadFile(path)
	if err != nil {
		return "", ""
	}
	mod, err := syntax.ParseBytes(path, data, syntax.ModeExec)
	if err == nil {
		var st *SymbolTable
		if st, err = Build(mod, path, nil); err == nil {
			var out []string
			dump(st.Top, &out)
			d := strings.Join(out, "\n")
			return oracle.Hash(d), d
		}
	}
	if e, ok := err.(*syntax.Error); ok {
		return fmt.Sprintf("ERR %s: %s (%s, %s, %s, %s)", e.Kind, e.Msg, pyInt(e.Lineno), pyInt(e.Offset), pyInt(e.EndLineno), pyInt(e.EndOffset)), ""
	}
	return "EXC " + err.Error(), ""
}

// TestStdlibSymtable builds the symbol table of every .py file of python3's standard
// library and compares every table (type, name, line, nesting, the flags and scope of
// each name, the parameters) with python3's _symtable.
func TestStdlibSymtable(t *testing.T) {
	py := oracle.Python(t)
	files := oracle.StdlibFiles(t, py)
	want := oracle.Answers(t, py, "testdata/symtable_dump.py", files)
	var mu sync.Mutex
	var bad []string
	match := 0
	jobs := make(chan string)
	var wg sync.WaitGroup
	for i := 0; i < runtime.GOMAXPROCS(0); i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for f := range jobs {
				got, _ := gopyAnswer(f)
				mu.Lock()
				if got == want[f] {
					match++
				} else {
					bad = append(bad, f)
					if len(bad) <= 5 {
						t.Errorf("%s:\n gopy:    %s\n python3: %s", f, got, want[f])
					}
				}
				mu.Unlock()
			}
		}()
	}
	for _, f := range files {
		jobs <- f
	}
	close(jobs)
	wg.Wait()
	if len(bad) > 5 {
		sort.Strings(bad)
		t.Errorf("%d more files differ: %s", len(bad)-5, strings.Join(bad[5:min(len(bad), 25)], " "))
	}
	t.Logf("%d of %d files of the standard library have python3's symbol tables", match, len(files))
}

func pyInt(i int) string {
	if i == syntax.None {
		return "None"
	}
	return fmt.Sprint(i)
}

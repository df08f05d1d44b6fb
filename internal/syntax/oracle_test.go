package syntax

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/gopyrt/gopy/internal/syntax/ast"
)

// The oracle test parses every .py file of python3's standard library found on this
// machine with gopy and with python3, and compares ast.dump(tree, include_attributes=True)
// (by SHA-256; a mismatch is shown in full) or the SyntaxError. python3's answers are
// cached in the temporary directory, keyed by python3's version and the file's content.
// With -short only a sample of the files is checked.

// stdlibFiles lists the .py files of python3's standard library (without site-packages).
func stdlibFiles(t *testing.T) (py string, files []string) {
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found")
	}
	out, err := exec.Command(py, "-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])").Output()
	if err != nil {
		t.Skip("python3:", err)
	}
	root := strings.TrimSpace(string(out))
	filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if d.IsDir() && (d.Name() == "site-packages" || d.Name() == "dist-packages" || d.Name() == "__pycache__") {
			return filepath.SkipDir
		}
		if !d.IsDir() && strings.HasSuffix(path, ".py") {
			files = append(files, path)
		}
		return nil
	})
	sort.Strings(files)
	if len(files) == 0 {
		t.Skip("no standard library found")
	}
	return py, files
}

// oracle gives python3's result for each file: the dump's SHA-256, or "ERR ...".
func oracle(t *testing.T, py string, files []string) map[string]string {
	ver, _ := exec.Command(py, "-c", "import sys; print(sys.version)").Output()
	dir := filepath.Join(os.TempDir(), "gopy-syntax-oracle")
	os.MkdirAll(dir, 0o755)
	cacheFile := filepath.Join(dir, "cache.tsv")
	cache := map[string]string{}
	if data, err := os.ReadFile(cacheFile); err == nil {
		for _, line := range strings.Split(string(data), "\n") {
			if k, v, ok := strings.Cut(line, "\t"); ok {
				cache[k] = v
			}
		}
	}
	keys := map[string]string{}
	var missing []string
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		h := sha256.Sum256(append(append([]byte{}, ver...), data...))
		keys[f] = hex.EncodeToString(h[:16])
		if _, ok := cache[keys[f]]; !ok {
			missing = append(missing, f)
		}
	}
	if len(missing) > 0 {
		t.Logf("python3 dumps %d files (cached in %s)", len(missing), dir)
		cmd := exec.Command(py, "testdata/oracle_dump.py")
		cmd.Stdin = strings.NewReader(strings.Join(missing, "\n") + "\n")
		out, err := cmd.Output()
		if err != nil {
			t.Fatalf("python3 oracle_dump.py: %v", err)
		}
		var add bytes.Buffer
		sc := bufio.NewScanner(bytes.NewReader(out))
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			path, res, ok := strings.Cut(sc.Text(), "\t")
			if !ok || keys[path] == "" {
				continue
			}
			cache[keys[path]] = res
			fmt.Fprintf(&add, "%s\t%s\n", keys[path], res)
		}
		if f, err := os.OpenFile(cacheFile, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644); err == nil {
			f.Write(add.Bytes())
			f.Close()
		}
	}
	res := map[string]string{}
	for f, k := range keys {
		res[f] = cache[k]
	}
	return res
}

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
	d := ast.Dump(m, true)
	h := sha256.Sum256([]byte(d))
	return hex.EncodeToString(h[:]), d
}

func errorSummary(e *Error) string {
	if e.NoLocation {
		return fmt.Sprintf("%s: %s (%s, %s, None, None)", e.Kind, strings.ReplaceAll(e.Msg, "\n", "\\n"), "0", "-1")
	}
	return fmt.Sprintf("%s: %s (%d, %d, %d, %d)", e.Kind, strings.ReplaceAll(e.Msg, "\n", "\\n"), e.Lineno, e.Offset, e.EndLineno, e.EndOffset)
}

func TestStdlibOracle(t *testing.T) {
	py, files := stdlibFiles(t)
	if testing.Short() {
		// a sample spread over the library
		var sample []string
		for i := 0; i < len(files); i += 12 {
			sample = append(sample, files[i])
		}
		files = sample
	}
	want := oracle(t, py, files)
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
			t.Errorf("%s:\n gopy:    %s\n python3: %s%s", r.file, r.got, want[r.file], firstDifference(py, r.file, r.dump))
		}
	}
	sort.Strings(bad)
	if len(bad) > shown {
		t.Errorf("%d more files differ: %s", len(bad)-shown, strings.Join(bad[shown:min(len(bad), shown+20)], " "))
	}
	t.Logf("%d of %d files of the standard library match python3", match, len(files))
}

// firstDifference shows where gopy's dump of a file first differs from python3's.
func firstDifference(py, file, got string) string {
	if got == "" {
		return ""
	}
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

// Package oracle runs python3 as the reference for the front end's tests: it lists the
// .py files of python3's standard library and gets python3's answer for each file from a
// script, caching the answers in the temporary directory (keyed by python3's version,
// the script and the file's content), since python3 takes minutes for the whole library.
package oracle

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
	"sort"
	"strings"
	"testing"
)

// Python returns the path of python3, or skips the test.
func Python(t testing.TB) string {
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found")
	}
	return py
}

// StdlibFiles lists the .py files of python3's standard library (not site-packages);
// with -short, a twelfth of them, spread over the library.
func StdlibFiles(t testing.TB, py string) []string {
	out, err := exec.Command(py, "-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])").Output()
	if err != nil {
		t.Skip("python3:", err)
	}
	root := strings.TrimSpace(string(out))
	var files []string
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
	if testing.Short() {
		var sample []string
		for i := 0; i < len(files); i += 12 {
			sample = append(sample, files[i])
		}
		files = sample
	}
	return files
}

// Answers runs script (which reads paths on stdin and prints "path\tanswer" lines) for
// the files not in the cache, and returns the answer for each file.
func Answers(t testing.TB, py, script string, files []string) map[string]string {
	code, err := os.ReadFile(script)
	if err != nil {
		t.Fatal(err)
	}
	ver, _ := exec.Command(py, "-c", "import sys; print(sys.version)").Output()
	dir := filepath.Join(os.TempDir(), "gopy-syntax-oracle")
	os.MkdirAll(dir, 0o755)
	cacheFile := filepath.Join(dir, "cache-"+filepath.Base(script)+".tsv")
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
		h := sha256.New()
		h.Write(ver)
		h.Write(code)
		h.Write(data)
		keys[f] = hex.EncodeToString(h.Sum(nil)[:16])
		if _, ok := cache[keys[f]]; !ok {
			missing = append(missing, f)
		}
	}
	if len(missing) > 0 {
		t.Logf("python3 answers for %d files (cached in %s)", len(missing), dir)
		cmd := exec.Command(py, script)
		cmd.Stdin = strings.NewReader(strings.Join(missing, "\n") + "\n")
		out, err := cmd.Output()
		if err != nil {
			t.Fatalf("python3 %s: %v", script, err)
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

// Hash is the hex SHA-256 of a dump, as the scripts print it.
func Hash(s string) string {
	h := sha256.Sum256([]byte(s))
	return hex.EncodeToString(h[:])
}

// Package codecache keeps the code objects gopy compiles from module sources on disk, so
// that a later process of the same binary loads them instead of compiling again: the
// library modules written in Python (embedded in the binary), modules imported from files
// and the main module a spawned child of multiprocessing runs again.
//
// The cache is per user and per binary: a directory under os.UserCacheDir()/gopy named by
// a hash of the running executable's Go build ID, which changes whenever anything the
// binary is built from changes (the compiler, the VM, any embedded source), so code a
// different build compiled is never read. In that directory an entry is named by a hash
// of what was compiled (file name, flags, source), so an edited file is a different entry,
// and holds a checksum of its data, so a torn or damaged file is compiled again. Entries
// are written to a temporary file and renamed into place: concurrent processes never see
// half an entry. Directories of other builds are removed when there are more than
// keepBuilds of them (oldest first), so rebuilding never fills the disk.
//
// Nothing depends on the cache being usable: with no build ID, no cache directory, a
// read-only file system or GOPYCACHE=off, Compile compiles as py.Compile does. GOPYCACHE
// names another directory for the cache. Code whose compilation gave a warning (an
// invalid escape sequence) is not kept, so that it warns again each time it is compiled.
//
// Code is serialized by modules/marshal (gopy's own format for code objects, read only by
// the same binary, which the build ID guarantees), the compiler's side tables (lines,
// positions, qualified names) included.
package codecache

import (
	"bytes"
	"crypto/sha256"
	"debug/elf"
	"encoding/binary"
	"encoding/hex"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"sync"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/syntax"
	"github.com/gopyrt/gopy/modules/marshal"
)

// magic starts every entry; the version changes when the entry's layout does.
const magic = "gopy code cache 1\n"

// keepBuilds is how many builds' directories stay in the cache.
const keepBuilds = 12

var (
	dirOnce sync.Once
	dir     string // this binary's directory; "" when the cache is off
)

// Dir returns the directory this binary's entries are kept in, "" when the cache is off.
func Dir() string {
	dirOnce.Do(func() { dir = findDir() })
	return dir
}

func findDir() string {
	root := os.Getenv("GOPYCACHE")
	if root == "off" {
		return ""
	}
	if root == "" {
		base, err := os.UserCacheDir()
		if err != nil {
			return ""
		}
		root = filepath.Join(base, "gopy")
	}
	id := buildID()
	if id == "" {
		return ""
	}
	sum := sha256.Sum256([]byte(id))
	return filepath.Join(root, hex.EncodeToString(sum[:12]))
}

// buildID returns the Go build ID of the running executable ("" when it has none). It
// reads /proc/self/exe, the file this process runs even if its path has since been
// replaced by another build: its ELF header, program headers and note segments only
// (debug/elf's Open reads every section header too, a tenth of a millisecond at every
// start of a process that imports library code).
func buildID() string {
	f, err := os.Open("/proc/self/exe")
	if err != nil {
		return ""
	}
	defer f.Close()
	var hdr [64]byte
	if _, err := f.ReadAt(hdr[:], 0); err != nil || string(hdr[:4]) != elf.ELFMAG ||
		elf.Class(hdr[elf.EI_CLASS]) != elf.ELFCLASS64 || elf.Data(hdr[elf.EI_DATA]) != elf.ELFDATA2LSB {
		return ""
	}
	le := binary.LittleEndian
	phoff, phentsize, phnum := le.Uint64(hdr[32:]), uint64(le.Uint16(hdr[54:])), uint64(le.Uint16(hdr[56:]))
	if phentsize < 56 || phnum == 0 {
		return ""
	}
	progs := make([]byte, phentsize*phnum)
	if _, err := f.ReadAt(progs, int64(phoff)); err != nil {
		return ""
	}
	for i := uint64(0); i < phnum; i++ {
		p := progs[i*phentsize:]
		off, size := le.Uint64(p[8:]), le.Uint64(p[32:])
		if elf.ProgType(le.Uint32(p)) != elf.PT_NOTE || size > 1<<16 {
			continue
		}
		data := make([]byte, size)
		if _, err := f.ReadAt(data, int64(off)); err != nil {
			continue
		}
		if id := goNote(data, le); id != "" {
			return id
		}
	}
	return ""
}

// goNote finds the Go build ID note (name "Go", type 4) in an ELF note segment.
func goNote(data []byte, order interface{ Uint32([]byte) uint32 }) string {
	align := func(n uint32) uint32 { return (n + 3) &^ 3 }
	for len(data) >= 12 {
		namesz, descsz, typ := order.Uint32(data), order.Uint32(data[4:]), order.Uint32(data[8:])
		data = data[12:]
		if uint64(align(namesz))+uint64(align(descsz)) > uint64(len(data)) {
			return ""
		}
		name := data[:namesz]
		desc := data[align(namesz) : align(namesz)+descsz]
		if typ == 4 && string(bytes.TrimRight(name, "\x00")) == "Go" {
			return string(desc)
		}
		data = data[align(namesz)+align(descsz):]
	}
	return ""
}

// Compile returns the code of src (a module's source, compiled in exec mode as
// py.Compile(src, filename, py.ExecMode, flags, true) would), from the cache when this
// binary compiled the same source before, else compiled and stored. Errors are
// compile errors: they are not cached.
func Compile(src, filename string, flags int) (*py.Code, error) {
	d := Dir()
	if d == "" {
		return py.Compile(src, filename, py.ExecMode, flags, true)
	}
	path := filepath.Join(d, entryName(src, filename, flags))
	if code := load(path); code != nil {
		return code, nil
	}
	warned := syntax.Warnings()
	code, err := py.Compile(src, filename, py.ExecMode, flags, true)
	if err != nil {
		return nil, err
	}
	if syntax.Warnings() == warned { // code that warned must compile (and warn) again
		store(d, path, code)
	}
	return code, nil
}

// entryName is the file name of what compiling src as filename with flags gives.
func entryName(src, filename string, flags int) string {
	h := sha256.New()
	h.Write([]byte(filename))
	h.Write([]byte{0})
	h.Write([]byte(strconv.Itoa(flags)))
	h.Write([]byte{0})
	h.Write([]byte(src))
	return hex.EncodeToString(h.Sum(nil)[:16]) + ".gpyc"
}

// load reads an entry: nil when it is missing, damaged or unreadable.
func load(path string) *py.Code {
	data, err := os.ReadFile(path)
	if err != nil || len(data) < len(magic)+sha256.Size || string(data[:len(magic)]) != magic {
		return nil
	}
	data = data[len(magic):]
	sum, body := data[:sha256.Size], data[sha256.Size:]
	if got := sha256.Sum256(body); !bytes.Equal(got[:], sum) {
		return nil
	}
	obj, err := marshal.Loads(body)
	if err != nil {
		return nil
	}
	code, _ := obj.(*py.Code)
	return code
}

// store writes code's entry, quietly doing nothing when it cannot.
func store(d, path string, code *py.Code) {
	body, err := marshal.Dumps(code, marshal.Version)
	if err != nil {
		return
	}
	if _, err := os.Stat(d); err != nil {
		if err := os.MkdirAll(d, 0o700); err != nil {
			return
		}
		prune(filepath.Dir(d), d)
	}
	f, err := os.CreateTemp(d, ".tmp-*")
	if err != nil {
		return
	}
	sum := sha256.Sum256(body)
	_, err = f.Write(append(append([]byte(magic), sum[:]...), body...))
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(f.Name(), path)
	}
	if err != nil {
		_ = os.Remove(f.Name())
	}
}

// prune removes the directories of other builds beyond the keepBuilds most recently
// changed (the one just made, keep, stays).
func prune(root, keep string) {
	entries, err := os.ReadDir(root)
	if err != nil {
		return
	}
	type build struct {
		path string
		mod  int64
	}
	var builds []build
	for _, e := range entries {
		p := filepath.Join(root, e.Name())
		if !e.IsDir() || p == keep {
			continue
		}
		if info, err := e.Info(); err == nil {
			builds = append(builds, build{p, info.ModTime().UnixNano()})
		}
	}
	if len(builds) < keepBuilds {
		return
	}
	sort.Slice(builds, func(i, j int) bool { return builds[i].mod > builds[j].mod })
	for _, b := range builds[keepBuilds-1:] {
		_ = os.RemoveAll(b.path)
	}
}

package os

import (
	"os"
	"strconv"
	"strings"

	"github.com/go-python/gpython/py"
	"golang.org/x/sys/unix"

	"github.com/gopyrt/gopy/internal/environ"
)

// realpath is posixpath.realpath: symbolic links are resolved component by component
// (relative to the working directory for a relative path), ".." applies to what a link
// resolved to, and without strict a missing component or a link loop leaves the rest of
// the path as it is. With strict, those raise OSError naming the path as resolved so far.
func realpath(path string, strict bool) (string, error) {
	base := ""
	if strings.HasPrefix(path, "/") {
		base = "/"
	}
	r, _, err := resolveLinks(base, path, strict, map[string]*string{})
	if err != nil {
		return "", err
	}
	return abspath(r), nil
}

// joinPath joins a resolved base ("" for the working directory) and a component.
func joinPath(base, c string) string {
	switch {
	case base == "":
		return c
	case strings.HasSuffix(base, "/"):
		return base + c
	}
	return base + "/" + c
}

// resolveLinks resolves rest relative to the resolved base; done is false when a loop
// stopped the resolution and the result is final.
func resolveLinks(base, rest string, strict bool, seen map[string]*string) (string, bool, error) {
	comps := strings.Split(rest, "/")
	for i, c := range comps {
		switch c {
		case "", ".":
			continue
		case "..":
			head, name := split(base)
			switch {
			case base == "":
				base = ".."
			case name == "..":
				base = joinPath(base, "..")
			default:
				base = head
			}
			continue
		}
		next := joinPath(base, c)
		var st unix.Stat_t
		if err := unix.Lstat(next, &st); err != nil || st.Mode&unix.S_IFMT != unix.S_IFLNK {
			if err != nil && strict {
				return "", false, pathError(err, py.String(next))
			}
			base = next
			continue
		}
		if v, ok := seen[next]; ok {
			if v != nil {
				base = *v
				continue
			}
			if strict {
				return "", false, pathError(unix.ELOOP, py.String(next))
			}
			return strings.Join(append([]string{next}, comps[i+1:]...), "/"), false, nil
		}
		seen[next] = nil
		buf := make([]byte, 4096)
		n, err := unix.Readlink(next, buf)
		if err != nil {
			if strict {
				return "", false, pathError(err, py.String(next))
			}
			base = next
			continue
		}
		target := string(buf[:n])
		from := base
		if strings.HasPrefix(target, "/") {
			from = "/"
		}
		r, done, err := resolveLinks(from, target, strict, seen)
		if err != nil {
			return "", false, err
		}
		if !done {
			return strings.Join(append([]string{r}, comps[i+1:]...), "/"), false, nil
		}
		base = r
		seen[next] = &r
	}
	return base, true, nil
}

// homeOf is the home directory of user name ("" for the current user: $HOME, else the
// password file's), or false.
func homeOf(name string) (string, bool) {
	if name == "" {
		if h, ok := environ.Lookup(nil, "HOME"); ok {
			return h, true
		}
	}
	pw, err := os.ReadFile("/etc/passwd")
	if err != nil {
		return "", false
	}
	uid := strconv.Itoa(unix.Getuid())
	for _, line := range strings.Split(string(pw), "\n") {
		f := strings.Split(line, ":")
		if len(f) < 6 {
			continue
		}
		if (name == "" && f[2] == uid) || (name != "" && f[0] == name) {
			return f[5], true
		}
	}
	return "", false
}

// expanduser is posixpath.expanduser.
func expanduser(p string) string {
	if !strings.HasPrefix(p, "~") {
		return p
	}
	i := strings.Index(p, "/")
	if i < 0 {
		i = len(p)
	}
	home, ok := homeOf(p[1:i])
	if !ok {
		return p
	}
	home = strings.TrimRight(home, "/")
	if home == "" && i == len(p) {
		return "/"
	}
	return home + p[i:]
}

func init() {
	impl := py.GetModuleImpl("posixpath")
	replace := func(m *py.Method) {
		for i, old := range impl.Methods {
			if old.Name == m.Name {
				impl.Methods[i] = m
				return
			}
		}
		impl.Methods = append(impl.Methods, m)
	}
	replace(py.MustNewMethod("realpath", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if len(args) > 1 {
			return nil, py.ExceptionNewf(py.TypeError, "realpath() takes 1 positional argument but %d were given", len(args))
		}
		a, err := parseArgs("realpath", args, kwargs, []string{"filename", "strict"}, 1, 1)
		if err != nil {
			return nil, err
		}
		p, isBytes, err := pathArg(a[0])
		if err != nil {
			return nil, err
		}
		strict, err := boolArg(a[1], false)
		if err != nil {
			return nil, err
		}
		r, err := realpath(p, strict)
		if err != nil {
			return nil, err
		}
		if isBytes {
			return py.Bytes(r), nil
		}
		return py.String(r), nil
	}, 0, "Return the canonical path of the specified filename, eliminating any\nsymbolic links encountered in the path."))
	replace(py.MustNewMethod("expanduser", func(self py.Object, args py.Tuple) (py.Object, error) {
		if len(args) != 1 {
			return nil, py.ExceptionNewf(py.TypeError, "expanduser() takes exactly one argument (%d given)", len(args))
		}
		p, isBytes, err := pathArg(args[0])
		if err != nil {
			return nil, err
		}
		if isBytes {
			return py.Bytes(expanduser(p)), nil
		}
		return py.String(expanduser(p)), nil
	}, 0, "Expand ~ and ~user constructions.  If user or $HOME is unknown,\ndo nothing."))
	impl.Globals["supports_unicode_filenames"] = py.False
}

package re

import (
	"sync"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/classes"
	"github.com/gopyrt/gopy/internal/objects"
	"github.com/gopyrt/gopy/interp/gil"
	"github.com/gopyrt/gopy/modules/importlib"
	"github.com/gopyrt/gopy/modules/re/internal/sre"
	pysys "github.com/gopyrt/gopy/modules/sys"
)

// The functions of the re module, the cache of compiled patterns, escape.

// maxCache is how many compiled patterns (and replacement templates) are kept, as
// CPython's _MAXCACHE.
const maxCache = 512

type cacheKey struct {
	isBytes bool
	pattern string
	flags   int
}

// cache holds the patterns compiled by the module's functions, oldest first. Patterns are
// immutable and belong to no interpreter, so one cache serves the process.
var cache = struct {
	sync.Mutex
	m     map[cacheKey]*Pattern
	order []cacheKey
}{m: map[cacheKey]*Pattern{}}

type templateKey struct {
	p       *Pattern
	repl    string
	isBytes bool
}

var templates = struct {
	sync.Mutex
	m map[templateKey]*template
}{m: map[templateKey]*template{}}

// flagsArg reads a flags argument: an int or a RegexFlag.
func flagsArg(o py.Object) (int, error) {
	if o == nil {
		return 0, nil
	}
	switch v := classes.NativeOf(o).(type) {
	case py.Int:
		return int(v), nil
	case py.Bool:
		if v {
			return 1, nil
		}
		return 0, nil
	case *py.BigInt:
		n, err := v.GoInt64()
		if err != nil {
			return 0, py.ExceptionNewf(py.OverflowError, "Python int too large to convert to C int")
		}
		return int(n), nil
	}
	if _, err := objects.Hash(o); err != nil {
		return 0, err
	}
	return 0, py.ExceptionNewf(py.TypeError, "unsupported operand type(s) for &: '%s' and 'RegexFlag'", o.Type().Name)
}

// compile is re._compile: the pattern for a str or bytes and flags, from the cache when
// it was compiled before; a Pattern stands for itself.
func compile(ctx py.Context, pattern py.Object, flags int) (*Pattern, error) {
	if p, ok := pattern.(*Pattern); ok {
		if flags != 0 {
			return nil, py.ExceptionNewf(py.ValueError, "cannot process flags argument with a compiled pattern")
		}
		return p, nil
	}
	var units []rune
	var key cacheKey
	exact := true
	switch v := pattern.(type) {
	case py.String:
		key = cacheKey{false, string(v), flags}
	case py.Bytes:
		key = cacheKey{true, string(v), flags}
	default:
		exact = false
		switch n := classes.NativeOf(pattern).(type) {
		case py.String:
			key = cacheKey{false, string(n), flags}
		case py.Bytes:
			key = cacheKey{true, string(n), flags}
		default:
			return nil, py.ExceptionNewf(py.TypeError, "first argument must be string or compiled pattern")
		}
	}
	if exact {
		cache.Lock()
		p, ok := cache.m[key]
		cache.Unlock()
		if ok {
			return p, nil
		}
	}
	if flags&sre.FlagTemplate != 0 {
		warn, err := importAttr(ctx, "re", "_warn_template_flag")
		if err != nil {
			return nil, err
		}
		if _, err := py.Call(warn, nil, nil); err != nil {
			return nil, err
		}
	}
	if key.isBytes {
		units = make([]rune, len(key.pattern))
		for i := 0; i < len(key.pattern); i++ {
			units[i] = rune(key.pattern[i])
		}
	} else {
		units = []rune(key.pattern)
	}
	prog, err := sre.Compile(units, !key.isBytes, flags, compileOptions(ctx))
	if err != nil {
		return nil, compileError(err, pattern)
	}
	emitWarnings(prog.Warnings, 0)
	p := &Pattern{prog: prog, pattern: pattern, flags: prog.Flags, isBytes: 0}
	if key.isBytes {
		p.isBytes = 1
	}
	if flags&sre.FlagDebug != 0 {
		if ctx != nil {
			pysys.Stdout(ctx)(prog.Debug)
		}
		return p, nil
	}
	if exact {
		cache.Lock()
		if len(cache.m) >= maxCache {
			delete(cache.m, cache.order[0])
			cache.order = cache.order[1:]
		}
		if _, ok := cache.m[key]; !ok {
			cache.order = append(cache.order, key)
		}
		cache.m[key] = p
		cache.Unlock()
	}
	return p, nil
}

// purge empties the caches.
func purge() {
	cache.Lock()
	cache.m = map[cacheKey]*Pattern{}
	cache.order = nil
	cache.Unlock()
	templates.Lock()
	templates.m = map[templateKey]*template{}
	templates.Unlock()
}

// compileOptions are the engine's options for a compile in ctx: \N{name} lookups and the
// recursion bounds of the calling thread.
func compileOptions(ctx py.Context) sre.Options {
	opts := sre.Options{Lookup: nameLookup(ctx)}
	if t := gil.Holding(); t != nil {
		opts.Depth, opts.RecursionLimit = t.Depth, t.Runtime().RecursionLimit()
	}
	return opts
}

// nameLookup resolves \N{name} with the unicodedata module.
func nameLookup(ctx py.Context) sre.NameLookup {
	return func(name string) (rune, bool, error) {
		lookup, err := importAttr(ctx, "unicodedata", "lookup")
		if err != nil {
			return 0, false, err
		}
		r, err := py.Call(lookup, py.Tuple{py.String(name)}, nil)
		if err != nil {
			if py.IsException(py.KeyError, err) {
				return 0, false, nil
			}
			return 0, false, err
		}
		s, ok := r.(py.String)
		if !ok {
			return 0, false, nil
		}
		rs := []rune(string(s))
		if len(rs) != 1 {
			return 0, false, nil
		}
		return rs[0], true, nil
	}
}

// importAttr imports module mod in ctx (the calling interpreter's when nil) and returns
// its attribute name.
func importAttr(ctx py.Context, mod, name string) (py.Object, error) {
	if ctx == nil {
		t := gil.Holding()
		if t == nil {
			return nil, py.ExceptionNewf(py.SystemError, "re: no interpreter to import %s", mod)
		}
		ctx = t.Runtime().Context()
	}
	m, err := importlib.Import(ctx, mod, nil, []string{name}, 0)
	if err != nil {
		return nil, err
	}
	return py.GetAttrString(m, name)
}

// moduleContext is the interpreter of a module function's call.
func moduleContext(self py.Object) py.Context {
	if m, ok := self.(*py.Module); ok {
		return m.Context
	}
	return nil
}

// moduleFunc declares a function of the re module that compiles its pattern argument
// (with its flags argument) and goes on with fn.
type moduleFunc struct {
	ps    *params
	flags int // index of the flags parameter
	doc   string
	fn    func(p *Pattern, a *bound) (py.Object, error)
}

func (f *moduleFunc) method() *py.Method {
	return py.MustNewMethod(f.ps.fn, func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		a, err := f.ps.bind(args, kwargs)
		if err != nil {
			return nil, err
		}
		flags, err := flagsArg(a[f.flags])
		if err != nil {
			return nil, err
		}
		p, err := compile(moduleContext(self), a[0], flags)
		if err != nil {
			return nil, err
		}
		return f.fn(p, &a)
	}, 0, f.doc)
}

func windowFunc(how string) func(p *Pattern, a *bound) (py.Object, error) {
	return func(p *Pattern, a *bound) (py.Object, error) {
		var subj subject
		if err := subj.init(a[1], p); err != nil {
			return nil, err
		}
		return p.matchAt(&subj, 0, maxSize, how)
	}
}

func moduleMethods() []*py.Method {
	funcs := []*moduleFunc{
		{ps: &params{fn: "match", names: []string{"pattern", "string", "flags"}, required: 2}, flags: 2,
			doc: "Try to apply the pattern at the start of the string, returning\n    a Match object, or None if no match was found.", fn: windowFunc("match")},
		{ps: &params{fn: "fullmatch", names: []string{"pattern", "string", "flags"}, required: 2}, flags: 2,
			doc: "Try to apply the pattern to all of the string, returning\n    a Match object, or None if no match was found.", fn: windowFunc("fullmatch")},
		{ps: &params{fn: "search", names: []string{"pattern", "string", "flags"}, required: 2}, flags: 2,
			doc: "Scan through string looking for a match to the pattern, returning\n    a Match object, or None if no match was found.", fn: windowFunc("search")},
		{ps: &params{fn: "sub", names: []string{"pattern", "repl", "string", "count", "flags"}, required: 3}, flags: 4,
			doc: "Return the string obtained by replacing the leftmost\n    non-overlapping occurrences of the pattern in string by the\n    replacement repl.",
			fn: func(p *Pattern, a *bound) (py.Object, error) {
				count, err := ssizeOr(a[3], 0)
				if err != nil {
					return nil, err
				}
				return p.sub(a[1], a[2], count, false, 0)
			}},
		{ps: &params{fn: "subn", names: []string{"pattern", "repl", "string", "count", "flags"}, required: 3}, flags: 4,
			doc: "Return a 2-tuple containing (new_string, number).",
			fn: func(p *Pattern, a *bound) (py.Object, error) {
				count, err := ssizeOr(a[3], 0)
				if err != nil {
					return nil, err
				}
				return p.sub(a[1], a[2], count, true, 0)
			}},
		{ps: &params{fn: "split", names: []string{"pattern", "string", "maxsplit", "flags"}, required: 2}, flags: 3,
			doc: "Split the source string by the occurrences of the pattern,\n    returning a list containing the resulting substrings.",
			fn: func(p *Pattern, a *bound) (py.Object, error) {
				maxsplit, err := ssizeOr(a[2], 0)
				if err != nil {
					return nil, err
				}
				return p.split(a[1], maxsplit)
			}},
		{ps: &params{fn: "findall", names: []string{"pattern", "string", "flags"}, required: 2}, flags: 2,
			doc: "Return a list of all non-overlapping matches in the string.",
			fn: func(p *Pattern, a *bound) (py.Object, error) {
				subj, err := newSubject(a[1], p)
				if err != nil {
					return nil, err
				}
				return p.findall(subj, 0, maxSize)
			}},
		{ps: &params{fn: "finditer", names: []string{"pattern", "string", "flags"}, required: 2}, flags: 2,
			doc: "Return an iterator over all non-overlapping matches in the\n    string.  For each match, the iterator returns a Match object.",
			fn: func(p *Pattern, a *bound) (py.Object, error) {
				subj, err := newSubject(a[1], p)
				if err != nil {
					return nil, err
				}
				return &matchIterator{scanner: p.newScanner(subj, 0, maxSize)}, nil
			}},
		{ps: &params{fn: "compile", names: []string{"pattern", "flags"}, required: 1}, flags: 1,
			doc: "Compile a regular expression pattern, returning a Pattern object.",
			fn:  func(p *Pattern, a *bound) (py.Object, error) { return p, nil }},
		{ps: &params{fn: "_compile", names: []string{"pattern", "flags"}, required: 2}, flags: 1,
			fn: func(p *Pattern, a *bound) (py.Object, error) { return p, nil }},
	}
	var out []*py.Method
	for _, f := range funcs {
		out = append(out, f.method())
	}
	out = append(out,
		py.MustNewMethod("purge", func(self py.Object, args py.Tuple) (py.Object, error) {
			if len(args) > 0 {
				return nil, py.ExceptionNewf(py.TypeError, "purge() takes 0 positional arguments but %d were given", len(args))
			}
			purge()
			return py.None, nil
		}, 0, "Clear the regular expression caches"),
		py.MustNewMethod("escape", escapeFunc, 0, "\n    Escape special characters in a string.\n    "),
	)
	return out
}

// specialChars are the characters escape() puts a backslash before.
const specialChars = "()[]{}?*+-|^$\\.&~# \t\n\r\v\f"

var escapeParams = &params{fn: "escape", names: []string{"pattern"}, required: 1}

func escapeFunc(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, err := escapeParams.bind(args, kwargs)
	if err != nil {
		return nil, err
	}
	units, isBytes, ok := textOf(a[0])
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "decoding to str: need a bytes-like object, %s found", a[0].Type().Name)
	}
	out := make([]rune, 0, len(units)+8)
	for _, r := range units {
		if r < 128 && containsByte(specialChars, byte(r)) {
			out = append(out, '\\')
		}
		out = append(out, r)
	}
	if isBytes {
		b := make([]byte, len(out))
		for i, r := range out {
			b[i] = byte(r)
		}
		return py.Bytes(b), nil
	}
	return py.String(string(out)), nil
}

func containsByte(s string, c byte) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return true
		}
	}
	return false
}

package objects

import (
	"math/big"
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/compiler"
	"github.com/gopyrt/gopy/internal/syntax/ast"
	"github.com/gopyrt/gopy/modules/builtins"
)

// Builtins gpython lacks: input(), exit()/quit() (the site module's Quitter objects),
// __debug__, and pow(base, exp, mod) with a negative exponent (a modular inverse).

// sysAttr reads an attribute of the sys module of the interpreter that owns the builtins
// module self.
func sysAttr(self py.Object, name string) (py.Object, error) {
	mod, ok := self.(*py.Module)
	if !ok || mod == nil || mod.Context == nil {
		return nil, py.ExceptionNewf(py.RuntimeError, "lost sys.%s", name)
	}
	sys, err := mod.Context.GetModule("sys")
	if err != nil {
		return nil, err
	}
	v, ok := sys.Globals[name]
	if !ok || v == py.None {
		return nil, py.ExceptionNewf(py.RuntimeError, "lost sys.%s", name)
	}
	return v, nil
}

func callMethod(o py.Object, name string, args ...py.Object) (py.Object, error) {
	m, err := py.GetAttrString(o, name)
	if err != nil {
		return nil, err
	}
	return py.Call(m, args, nil)
}

// builtinInput is input([prompt]) for a stdin that is not a terminal (CPython's path then):
// stderr and stdout are flushed around the prompt, a line is read with sys.stdin.readline()
// and loses its newline; end of file raises EOFError.
func builtinInput(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if len(kw) > 0 {
		return nil, py.ExceptionNewf(py.TypeError, "input() takes no keyword arguments")
	}
	if len(args) > 1 {
		return nil, py.ExceptionNewf(py.TypeError, "input expected at most 1 argument, got %d", len(args))
	}
	stdin, err := sysAttr(self, "stdin")
	if err != nil {
		return nil, err
	}
	stdout, err := sysAttr(self, "stdout")
	if err != nil {
		return nil, err
	}
	if stderr, err := sysAttr(self, "stderr"); err == nil {
		_, _ = callMethod(stderr, "flush")
	}
	if len(args) == 1 {
		s, err := Str(args[0])
		if err != nil {
			return nil, err
		}
		if _, err := callMethod(stdout, "write", py.String(s)); err != nil {
			return nil, err
		}
	}
	if _, err := callMethod(stdout, "flush"); err != nil {
		return nil, err
	}
	line, err := callMethod(stdin, "readline")
	if err != nil {
		return nil, err
	}
	s, ok := line.(py.String)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "object.readline() returned non-string")
	}
	if s == "" {
		return nil, py.ExceptionNewf(py.EOFError, "EOF when reading a line")
	}
	return py.String(strings.TrimSuffix(string(s), "\n")), nil
}

// Quitter is the type of the builtins exit and quit.
type Quitter struct {
	name string
}

// QuitterType is the Python type of exit and quit.
var QuitterType = py.NewType("Quitter", "")

// Type returns QuitterType.
func (q *Quitter) Type() *py.Type { return QuitterType }

// M__repr__ is the hint the REPL shows.
func (q *Quitter) M__repr__() (py.Object, error) {
	return py.String("Use " + q.name + "() or Ctrl-D (i.e. EOF) to exit"), nil
}

// M__str__ is the same hint.
func (q *Quitter) M__str__() (py.Object, error) { return q.M__repr__() }

// M__call__ raises SystemExit(code) (CPython's also closes sys.stdin first, which a Go
// value shared by every interpreter cannot find).
func (q *Quitter) M__call__(args py.Tuple, kw py.StringDict) (py.Object, error) {
	if len(kw) > 0 {
		return nil, py.ExceptionNewf(py.TypeError, "Quitter.__call__() got an unexpected keyword argument")
	}
	if len(args) > 1 {
		return nil, py.ExceptionNewf(py.TypeError, "Quitter.__call__() takes from 1 to 2 positional arguments but %d were given", len(args)+1)
	}
	var code py.Object = py.None
	if len(args) == 1 {
		code = args[0]
	}
	exc, err := py.Call(py.SystemExit, py.Tuple{code}, nil)
	if err != nil {
		return nil, err
	}
	return nil, py.ExceptionInfo{Type: py.SystemExit, Value: exc}
}

// powMod is pow(base, exp, mod) for ints, with CPython's modular inverse for exp < 0.
func powMod(b, e, m *big.Int) (py.Object, error) {
	if m.Sign() == 0 {
		return nil, py.ExceptionNewf(py.ValueError, "pow() 3rd argument cannot be 0")
	}
	neg := m.Sign() < 0
	am := new(big.Int).Abs(m)
	base := new(big.Int).Mod(b, am)
	exp := new(big.Int).Set(e)
	if exp.Sign() < 0 {
		inv := new(big.Int).ModInverse(base, am)
		if inv == nil {
			return nil, py.ExceptionNewf(py.ValueError, "base is not invertible for the given modulus")
		}
		base, exp = inv, exp.Neg(exp)
	}
	r := new(big.Int).Exp(base, exp, am)
	if neg && r.Sign() != 0 {
		r.Add(r, m)
	}
	return intFromBig(r), nil
}

func init() {
	builtins.Add(
		py.MustNewMethod("input", builtinInput, 0, "Read a string from standard input.  The trailing newline is stripped."),
		py.MustNewMethod("pow", func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
			var base, exp, mod py.Object
			if err := parseArgs("pow", args, kw, []string{"base", "exp", "mod"}, 3, 2, &base, &exp, &mod); err != nil {
				return nil, err
			}
			if mod != nil && mod != py.None {
				b, ok1 := intValue(base)
				e, ok2 := intValue(exp)
				m, ok3 := intValue(mod)
				if !ok1 {
					// A class's __pow__ takes the modulus as its third operand
					// (Decimal's does); ternary pow tries no reflected method.
					if f, err := py.GetAttrString(base, "__pow__"); err == nil {
						res, err := py.Call(f, py.Tuple{exp, mod}, nil)
						if err != nil || res != py.NotImplemented {
							return res, err
						}
					}
				}
				if !ok1 || !ok2 || !ok3 {
					return nil, py.ExceptionNewf(py.TypeError, "pow() 3rd argument not allowed unless all arguments are integers")
				}
				return powMod(b, e, m)
			}
			return compiler.Binary(ast.Pow, base, exp)
		}, 0, "Equivalent to base**exp with 2 arguments or base**exp % mod with 3 arguments"),
	)
	builtins.SetGlobal("__debug__", py.True)
	builtins.SetGlobal("exit", &Quitter{name: "exit"})
	builtins.SetGlobal("quit", &Quitter{name: "quit"})
}

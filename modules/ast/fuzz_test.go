package ast_test

import (
	"encoding/hex"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/gopyrt/gopy/interp"
)

// fuzzScript parses a seed program, changes its tree as bytes say (each hex string of
// the comma-separated sys.argv[1])
// (a field replaced by a copy of another node of the tree, by a small value of any type,
// by None or a list, or deleted), then compiles it in each mode. The errors CPython gives
// for malformed trees are expected; an internal error of the compiler ("compiler: ...")
// or a Go panic fails.
const fuzzScript = `
import ast, copy, sys
seeds = [
    "def f(a, /, b=1, *c, d, **e):\n    return [x async for x in a] if b else {k: v for k, v in e}\n",
    "class C(B, metaclass=M):\n    x: int = 1\n    @d\n    def m(self): yield from self\n",
    "try:\n    a[1:2, ::3] = b, *c\nexcept* E as e:\n    del a.b\nfinally:\n    raise X from Y\n",
    "match p:\n    case [1, *r] | {'k': v, **kw}: pass\n    case C(a, b=c) if a > 1: f'{a!r:>{w}}'\n",
    "with open(f) as (a, b), g():\n    while not (x := y()):\n        lambda q=1, *, r: q + r\n",
    "import a.b as c\nfrom . import d\nglobal g\nassert x, 'm'\nfor i in it:\n    continue\nelse:\n    break\n",
]
P = dict(lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)
leaves = [lambda: None, lambda: 1, lambda: 'x', lambda: 2 ** 40, lambda: -1, lambda: [],
          lambda: ast.Name('n', ast.Load(), **P), lambda: ast.Name('n', ast.Store(), **P),
          lambda: ast.Constant(1.5, **P), lambda: ast.Constant([1], **P), lambda: ast.Pass(**P),
          lambda: ast.Load(), lambda: ast.Add(), lambda: ast.arg('a', **P), lambda: (1,),
          lambda: ast.Starred(ast.Name('s', ast.Load(), **P), ast.Load(), **P),
          lambda: ast.MatchAs(name='m', **P), lambda: ast.Constant((1, frozenset({2})), **P)]


def run(data):
    pos = 0

    def byte():
        nonlocal pos
        pos += 1
        return data[pos - 1] if pos <= len(data) else 0

    tree = ast.parse(seeds[byte() % len(seeds)])
    for _ in range(byte() % 8 + 1):
        nodes = list(ast.walk(tree))
        node = nodes[byte() % len(nodes)]
        names = list(node._fields) + list(node._attributes)
        if not names:
            continue
        name = names[byte() % len(names)]
        how = byte() % 6
        if how == 0:
            try:
                delattr(node, name)
            except AttributeError:
                pass
        elif how == 1:
            setattr(node, name, leaves[byte() % len(leaves)]())
        elif how == 2:
            setattr(node, name, [copy.deepcopy(nodes[byte() % len(nodes)])])
        else:
            setattr(node, name, copy.deepcopy(nodes[byte() % len(nodes)]))
    body = getattr(tree, 'body', None)
    first = body[0] if type(body) is list and body else None
    value = getattr(first, 'value', None) if isinstance(first, ast.Expr) else None
    for mode, t in (('exec', tree), ('single', ast.Interactive(body)),
                    ('eval', ast.Expression(value or ast.Name('z', ast.Load(), **P)))):
        try:
            compile(t, '<fuzz>', mode)
        except SystemError as e:
            if str(e).startswith('compiler:'):
                raise
        except (TypeError, ValueError, SyntaxError, RecursionError, OverflowError):
            pass


for arg in sys.argv[1].split(','):
    run(bytes.fromhex(arg))
`

// FuzzCompileAST compiles random changes of parsed trees (compile() of AST objects).
func FuzzCompileAST(f *testing.F) {
	for _, s := range []string{"00", "0102030405060708090a0b0c0d0e0f", "05ff10203040506070", "0307aa55aa55aa55aa55aa55", "02041122334455667788", "0401"} {
		b, _ := hex.DecodeString(s)
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 200 {
			return
		}
		it := interp.New(interp.Options{})
		defer it.Close()
		if status := it.RunString(fuzzScript, []string{hex.EncodeToString(data)}); status != 0 {
			t.Errorf("status %d for %x: see stderr", status, data)
		}
	})
}

// TestCompileASTRandom runs the fuzz script on 300 pseudo-random inputs in one
// interpreter (fuzzing starts an interpreter per input, which is slow).
func TestCompileASTRandom(t *testing.T) {
	r := rand.New(rand.NewPCG(12, 1))
	inputs := make([]string, 300)
	for i := range inputs {
		b := make([]byte, 4+r.IntN(28))
		for j := range b {
			b[j] = byte(r.Uint32())
		}
		inputs[i] = hex.EncodeToString(b)
	}
	it := interp.New(interp.Options{})
	defer it.Close()
	if status := it.RunString(fuzzScript, []string{strings.Join(inputs, ",")}); status != 0 {
		t.Errorf("status %d: see stderr", status)
	}
}

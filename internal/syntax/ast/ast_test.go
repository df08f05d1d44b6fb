package ast

import (
	"math"
	"math/big"
	"os/exec"
	"reflect"
	"strings"
	"testing"
)

// allNodes has one value of every node type.
var allNodes = []Node{
	&Module{}, &Interactive{}, &Expression{}, &FunctionType{}, &TypeIgnore{},
	&FunctionDef{}, &AsyncFunctionDef{}, &ClassDef{}, &Return{}, &Delete{}, &Assign{},
	&AugAssign{}, &AnnAssign{}, &For{}, &AsyncFor{}, &While{}, &If{}, &With{}, &AsyncWith{},
	&Match{}, &Raise{}, &Try{}, &TryStar{}, &Assert{}, &Import{}, &ImportFrom{}, &Global{},
	&Nonlocal{}, &Expr{}, &Pass{}, &Break{}, &Continue{},
	&BoolOp{}, &NamedExpr{}, &BinOp{}, &UnaryOp{}, &Lambda{}, &IfExp{}, &Dict{}, &Set{},
	&ListComp{}, &SetComp{}, &DictComp{}, &GeneratorExp{}, &Await{}, &Yield{}, &YieldFrom{},
	&Compare{}, &Call{}, &FormattedValue{}, &JoinedStr{}, &Constant{}, &Attribute{},
	&Subscript{}, &Starred{}, &Name{}, &List{}, &Tuple{}, &Slice{},
	&Comprehension{}, &ExceptHandler{}, &Arguments{}, &Arg{}, &Keyword{}, &Alias{},
	&WithItem{}, &MatchCase{}, &MatchValue{}, &MatchSingleton{}, &MatchSequence{},
	&MatchMapping{}, &MatchClass{}, &MatchStar{}, &MatchAs{}, &MatchOr{},
}

// TestSchema compares every node type with python3's ast classes: field names, order,
// optional (?) and list (*) fields, and position attributes.
func TestSchema(t *testing.T) {
	out, err := exec.Command("python3", "-c", `
import ast
for n in dir(ast):
    c = getattr(ast, n)
    if isinstance(c, type) and issubclass(c, ast.AST) and c.__doc__ and c.__doc__.startswith(n + "(") or n in ("Pass", "Break", "Continue"):
        print(n, (c.__doc__.replace(", ", ",") if n not in ("Pass", "Break", "Continue") else n) + " " + str(bool(c._attributes)), sep="|")
`).Output()
	if err != nil {
		t.Skip("python3 not available:", err)
	}
	want := map[string]string{}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		name, rest, _ := strings.Cut(line, "|")
		want[name] = rest
	}
	for _, n := range allNodes {
		typ := reflect.TypeOf(n).Elem()
		ti := typeInfoOf(typ)
		var fields []string
		for _, f := range ti.fields {
			ft := typ.Field(f.index).Type
			s := pyType(ft)
			switch f.name {
			case "type_comment", "kind", "tag":
				s = "string"
			}
			if f.opt {
				s += "?"
			} else if ft.Kind() == reflect.Slice {
				s += "*"
			}
			fields = append(fields, s+" "+f.name)
		}
		got := ti.class
		if len(fields) > 0 || !strings.Contains(want[ti.class], "(") == false {
			got += "(" + strings.Join(fields, ",") + ")"
		}
		if ti.class == "Pass" || ti.class == "Break" || ti.class == "Continue" {
			got = ti.class
		}
		got += " " + map[bool]string{true: "True", false: "False"}[ti.pos >= 0]
		if w := want[ti.class]; w != got {
			t.Errorf("%s:\n got %s\nwant %s", ti.class, got, w)
		}
		delete(want, ti.class)
	}
	for k, v := range want {
		if !strings.HasPrefix(v, k+"(") && k != "Pass" && k != "Break" && k != "Continue" {
			continue
		}
		t.Errorf("python3 has %s, gopy does not", v)
	}
}

func pyType(t reflect.Type) string {
	if t.Kind() == reflect.Slice {
		t = t.Elem()
	}
	switch t {
	case reflect.TypeOf(""):
		return "identifier"
	case reflect.TypeOf(0):
		return "int"
	case reflect.TypeOf((*any)(nil)).Elem():
		return "constant"
	case reflect.TypeOf((*ExprNode)(nil)).Elem():
		return "expr"
	case reflect.TypeOf((*StmtNode)(nil)).Elem():
		return "stmt"
	case reflect.TypeOf((*PatternNode)(nil)).Elem():
		return "pattern"
	case reflect.TypeOf(Load):
		return "expr_context"
	case reflect.TypeOf(And):
		return "boolop"
	case reflect.TypeOf(Add):
		return "operator"
	case reflect.TypeOf(Not):
		return "unaryop"
	case reflect.TypeOf(Eq):
		return "cmpop"
	}
	if t == reflect.TypeOf((*ExceptHandler)(nil)) {
		return "excepthandler"
	}
	if t == reflect.TypeOf((*TypeIgnore)(nil)) {
		return "type_ignore"
	}
	if t.Kind() == reflect.Pointer {
		return typeInfoOf(t.Elem()).class
	}
	return t.String()
}

func TestRepr(t *testing.T) {
	big1, _ := new(big.Int).SetString("123456789012345678901234567890", 10)
	cases := []struct {
		v    any
		want string
	}{
		{None, "None"}, {Ellipsis, "Ellipsis"}, {true, "True"}, {int64(-5), "-5"}, {big1, "123456789012345678901234567890"},
		{1.0, "1.0"}, {0.1, "0.1"}, {1e16, "1e+16"}, {1e15, "1000000000000000.0"}, {1e-5, "1e-05"},
		{0.0001, "0.0001"}, {1.5e300, "1.5e+300"}, {math.Inf(1), "inf"}, {math.Copysign(0, -1), "-0.0"}, {123456789.125, "123456789.125"},
		{complex(0, 1), "1j"}, {complex(0, 2.5), "2.5j"}, {complex(0, 1e20), "1e+20j"}, {complex(1, -2), "(1-2j)"},
		{"a'b", `"a'b"`}, {"a'\"b", `'a\'"b'`}, {"\x00\n\t\u00e9\u2028", `'\x00\n\té\u2028'`}, {"\xed\xa0\x80", `'\ud800'`},
		{Bytes("a\xff'"), `b"a\xff'"`},
	}
	for _, c := range cases {
		if got := Repr(c.v); got != c.want {
			t.Errorf("Repr(%#v) = %s, want %s", c.v, got, c.want)
		}
	}
}

func TestDump(t *testing.T) {
	m := &Module{Body: []StmtNode{&Expr{Pos: Pos{1, 0, 1, 5}, Value: &Call{Pos: Pos{1, 0, 1, 5},
		Func: &Name{Pos: Pos{1, 0, 1, 1}, Id: "f", Ctx: Load}}}}}
	if got, want := Dump(m, false), "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[], keywords=[]))], type_ignores=[])"; got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	if got, want := Dump(m, true), "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), args=[], keywords=[], lineno=1, col_offset=0, end_lineno=1, end_col_offset=5), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5)], type_ignores=[])"; got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	ind := DumpWith(m, DumpOptions{Indented: true, Indent: "  ", NoAnnotateFields: true})
	if want := "Module(\n  [\n    Expr(\n      Call(\n        Name('f', Load()),\n        [],\n        []))],\n  [])"; ind != want {
		t.Errorf("got  %s\nwant %s", ind, want)
	}
}

package ast

import (
	"bufio"
	"io"
	"reflect"
	"strconv"
	"strings"
	"sync"
)

// DumpOptions are the keyword arguments of Python's ast.dump.
type DumpOptions struct {
	// NoAnnotateFields leaves out the field names where they are unambiguous
	// (annotate_fields=False).
	NoAnnotateFields bool
	// IncludeAttributes adds the position attributes (include_attributes=True).
	IncludeAttributes bool
	// Indent pretty-prints with this string per level when Indented is true
	// (indent=...; an integer n is n spaces).
	Indent   string
	Indented bool
}

// Dump renders n exactly as Python's ast.dump(n, include_attributes=attrs) does.
func Dump(n Node, attrs bool) string {
	return DumpWith(n, DumpOptions{IncludeAttributes: attrs})
}

// DumpWith renders n as Python's ast.dump with the given options.
func DumpWith(n Node, o DumpOptions) string {
	d := dumper{o: o}
	if !o.Indented {
		var b strings.Builder
		d.flat(&b, reflect.ValueOf(n))
		return b.String()
	}
	s, _ := d.format(reflect.ValueOf(n), 0)
	return s
}

// writer is what the one-line dump writes to (strings.Builder, bufio.Writer).
type writer interface {
	WriteString(string) (int, error)
	WriteByte(byte) error
}

// DumpTo writes Dump(n, attrs) to w, without building the string.
func DumpTo(w io.Writer, n Node, attrs bool) error {
	bw := bufio.NewWriter(w)
	d := dumper{o: DumpOptions{IncludeAttributes: attrs}}
	d.flat(bw, reflect.ValueOf(n))
	return bw.Flush()
}

// ClassName returns the Python class name of a node.
func ClassName(n Node) string {
	return typeInfoOf(reflect.TypeOf(n).Elem()).class
}

type fieldInfo struct {
	index int
	name  string
	opt   bool
}

type typeInfo struct {
	class  string
	fields []fieldInfo
	pos    int // index of the embedded Pos, or -1
}

var (
	typeInfos sync.Map // reflect.Type -> *typeInfo
	lowerName = map[string]string{
		"Comprehension": "comprehension", "Arguments": "arguments", "Arg": "arg",
		"Keyword": "keyword", "Alias": "alias", "WithItem": "withitem", "MatchCase": "match_case",
	}
	posType  = reflect.TypeOf(Pos{})
	nodeType = reflect.TypeOf((*Node)(nil)).Elem()
)

func typeInfoOf(t reflect.Type) *typeInfo {
	if ti, ok := typeInfos.Load(t); ok {
		return ti.(*typeInfo)
	}
	ti := &typeInfo{class: t.Name(), pos: -1}
	if l, ok := lowerName[ti.class]; ok {
		ti.class = l
	}
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if f.Type == posType && f.Anonymous {
			ti.pos = i
			continue
		}
		tag := f.Tag.Get("py")
		if tag == "" {
			continue
		}
		name, opt := strings.CutSuffix(tag, ",opt")
		ti.fields = append(ti.fields, fieldInfo{i, name, opt})
	}
	typeInfos.Store(t, ti)
	return ti
}

var posNames = [4]string{"lineno", "col_offset", "end_lineno", "end_col_offset"}

type dumper struct {
	o DumpOptions
}

// isNone reports whether v holds Python's None.
func isNone(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Interface, reflect.Pointer:
		return v.IsNil()
	}
	return false
}

// omitted reports whether an optional field's value is None.
func omitted(v reflect.Value) bool {
	if v.Kind() == reflect.String {
		return v.Len() == 0
	}
	return isNone(v)
}

// flat writes the one-line form.
func (d *dumper) flat(b writer, v reflect.Value) {
	if v.Kind() == reflect.Interface {
		if v.IsNil() {
			b.WriteString("None")
			return
		}
		v = v.Elem()
	}
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			b.WriteString("None")
			return
		}
		if v.Type().Implements(nodeType) {
			d.flatNode(b, v.Elem())
			return
		}
	case reflect.Slice:
		b.WriteByte('[')
		for i := 0; i < v.Len(); i++ {
			if i > 0 {
				b.WriteString(", ")
			}
			d.flat(b, v.Index(i))
		}
		b.WriteByte(']')
		return
	}
	b.WriteString(d.scalar(v))
}

func (d *dumper) flatNode(b writer, v reflect.Value) {
	ti := typeInfoOf(v.Type())
	b.WriteString(ti.class)
	b.WriteByte('(')
	keywords := !d.o.NoAnnotateFields
	first := true
	for _, f := range ti.fields {
		fv := v.Field(f.index)
		if f.opt && omitted(fv) {
			keywords = true
			continue
		}
		if !first {
			b.WriteString(", ")
		}
		first = false
		if keywords {
			b.WriteString(f.name)
			b.WriteByte('=')
		}
		d.flat(b, fv)
	}
	if d.o.IncludeAttributes && ti.pos >= 0 {
		p := v.Field(ti.pos)
		for i, name := range posNames {
			if !first {
				b.WriteString(", ")
			}
			first = false
			b.WriteString(name)
			b.WriteByte('=')
			b.WriteString(strconv.FormatInt(p.Field(i).Int(), 10))
		}
	}
	b.WriteByte(')')
}

// scalar renders a value that is not a node or a list.
func (d *dumper) scalar(v reflect.Value) string {
	switch x := v.Interface().(type) {
	case ExprContext:
		return x.String() + "()"
	case BoolOpKind:
		return x.String() + "()"
	case Operator:
		return x.String() + "()"
	case UnaryOpKind:
		return x.String() + "()"
	case CmpOp:
		return x.String() + "()"
	case string:
		return StrRepr(x)
	case int:
		return strconv.Itoa(x)
	}
	return Repr(v.Interface())
}

// format is the indented form, the same algorithm as ast.dump's: it returns the text and
// whether it is "simple" (may stay on its parent's line).
func (d *dumper) format(v reflect.Value, level int) (string, bool) {
	level++
	prefix := "\n" + strings.Repeat(d.o.Indent, level)
	sep := ",\n" + strings.Repeat(d.o.Indent, level)
	if v.Kind() == reflect.Interface {
		if v.IsNil() {
			return "None", true
		}
		v = v.Elem()
	}
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			return "None", true
		}
		if !v.Type().Implements(nodeType) {
			break
		}
		v = v.Elem()
		ti := typeInfoOf(v.Type())
		var args []string
		allSimple := true
		keywords := !d.o.NoAnnotateFields
		for _, f := range ti.fields {
			fv := v.Field(f.index)
			if f.opt && omitted(fv) {
				keywords = true
				continue
			}
			s, simple := d.format(fv, level)
			allSimple = allSimple && simple
			if keywords {
				s = f.name + "=" + s
			}
			args = append(args, s)
		}
		if d.o.IncludeAttributes && ti.pos >= 0 {
			p := v.Field(ti.pos)
			for i, name := range posNames {
				args = append(args, name+"="+strconv.FormatInt(p.Field(i).Int(), 10))
			}
		}
		if allSimple && len(args) <= 3 {
			return ti.class + "(" + strings.Join(args, ", ") + ")", len(args) == 0
		}
		return ti.class + "(" + prefix + strings.Join(args, sep) + ")", false
	case reflect.Slice:
		if v.Len() == 0 {
			return "[]", true
		}
		items := make([]string, v.Len())
		for i := range items {
			items[i], _ = d.format(v.Index(i), level)
		}
		return "[" + prefix + strings.Join(items, sep) + "]", false
	}
	return d.scalar(v), true
}

package multiprocessing

import (
	"math/big"
	"sort"
	"strconv"
	"strings"

	"github.com/go-python/gpython/py"
)

// value is the temporary wire form of a process object's target and arguments: None,
// bools, ints, floats, strs, bytes, tuples and lists of them, and functions, classes and
// builtins by reference (module and qualified name), as pickle would send them.
// It is replaced by pickle (modules/pickle) once that lands.
type value struct {
	Kind   string  `json:"k"`
	Text   string  `json:"s,omitempty"`
	Bytes  []byte  `json:"b,omitempty"`
	Items  []value `json:"i,omitempty"`
	Module string  `json:"m,omitempty"`
}

type keywordValue struct {
	Key   string `json:"key"`
	Value value  `json:"value"`
}

func sortedKeys(d py.StringDict) []string {
	keys := make([]string, 0, len(d))
	for k := range d {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func encodeValue(o py.Object) (value, error) {
	switch v := o.(type) {
	case nil, py.NoneType:
		return value{Kind: "none"}, nil
	case py.Bool:
		return value{Kind: "bool", Text: strconv.FormatBool(bool(v))}, nil
	case py.Int:
		return value{Kind: "int", Text: strconv.FormatInt(int64(v), 10)}, nil
	case *py.BigInt:
		return value{Kind: "int", Text: (*big.Int)(v).String()}, nil
	case py.Float:
		return value{Kind: "float", Text: strconv.FormatFloat(float64(v), 'g', -1, 64)}, nil
	case py.String:
		return value{Kind: "str", Text: string(v)}, nil
	case py.Bytes:
		return value{Kind: "bytes", Bytes: []byte(v)}, nil
	case py.Tuple:
		return encodeItems("tuple", v)
	case *py.List:
		return encodeItems("list", v.Items)
	case *py.Function:
		mod, _ := v.Globals["__name__"].(py.String)
		return encodeRef(o, string(mod), v.Qualname)
	case *py.Method:
		mod := "builtins"
		if v.Module != nil {
			if n, ok := v.Module.Globals["__name__"].(py.String); ok {
				mod = string(n)
			}
		}
		return encodeRef(o, mod, v.Name)
	case *py.Type:
		mod, _ := v.Dict["__module__"].(py.String)
		if mod == "" {
			mod = "builtins"
		}
		return encodeRef(o, string(mod), v.Name)
	}
	return value{}, py.ExceptionNewf(py.TypeError, "cannot pickle '%s' object", o.Type().Name)
}

func encodeItems(kind string, items []py.Object) (value, error) {
	out := value{Kind: kind, Items: make([]value, len(items))}
	for i, it := range items {
		v, err := encodeValue(it)
		if err != nil {
			return value{}, err
		}
		out.Items[i] = v
	}
	return out, nil
}

func encodeRef(o py.Object, module, qualname string) (value, error) {
	if strings.Contains(qualname, "<locals>") {
		return value{}, py.ExceptionNewf(py.AttributeError, "Can't pickle local object '%s'", qualname)
	}
	if strings.Contains(qualname, "<lambda>") {
		return value{}, py.ExceptionNewf(py.TypeError, "Can't pickle %s: attribute lookup %s on %s failed", pyRepr(o), qualname, module)
	}
	return value{Kind: "ref", Module: module, Text: qualname}, nil
}

func decodeValue(ctx py.Context, v value) (py.Object, error) {
	switch v.Kind {
	case "none":
		return py.None, nil
	case "bool":
		return py.NewBool(v.Text == "true"), nil
	case "int":
		if n, err := strconv.ParseInt(v.Text, 10, 64); err == nil {
			return py.Int(n), nil
		}
		b, ok := new(big.Int).SetString(v.Text, 10)
		if !ok {
			return nil, py.ExceptionNewf(py.ValueError, "bad int in spawn data")
		}
		return (*py.BigInt)(b), nil
	case "float":
		f, err := strconv.ParseFloat(v.Text, 64)
		if err != nil {
			return nil, py.ExceptionNewf(py.ValueError, "bad float in spawn data")
		}
		return py.Float(f), nil
	case "str":
		return py.String(v.Text), nil
	case "bytes":
		return py.Bytes(v.Bytes), nil
	case "tuple", "list":
		items := make([]py.Object, len(v.Items))
		for i, it := range v.Items {
			o, err := decodeValue(ctx, it)
			if err != nil {
				return nil, err
			}
			items[i] = o
		}
		if v.Kind == "tuple" {
			return py.Tuple(items), nil
		}
		return py.NewListFromItems(items), nil
	case "ref":
		return findRef(ctx, v.Module, v.Text)
	}
	return nil, py.ExceptionNewf(py.ValueError, "unknown value kind %q in spawn data", v.Kind)
}

// findRef imports module and follows the dotted qualified name, as pickle's find_class.
func findRef(ctx py.Context, module, qualname string) (py.Object, error) {
	m, err := ctx.GetModule(module)
	if err != nil {
		if err := py.Import(ctx, module); err != nil {
			return nil, err
		}
		if m, err = ctx.GetModule(module); err != nil {
			return nil, err
		}
	}
	var obj py.Object = m
	for _, part := range strings.Split(qualname, ".") {
		next, err := py.GetAttrString(obj, part)
		if err != nil {
			return nil, py.ExceptionNewf(py.AttributeError, "Can't get attribute '%s' on %s", qualname, pyRepr(m))
		}
		obj = next
	}
	return obj, nil
}

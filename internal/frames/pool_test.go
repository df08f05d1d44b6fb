package frames

import (
	"reflect"
	"testing"

	"github.com/go-python/gpython/py"
	_ "github.com/go-python/gpython/stdlib"
)

// A frame the pool gives again is the frame py.NewFrame would make, whatever the call
// that used it last left in it.
func TestReusedFrameIsNew(t *testing.T) {
	ctx := py.NewContext(py.DefaultContextOpts())
	defer ctx.Close()
	mod, err := py.Compile("def f(a, b):\n    c = a + b\n    return c\n", "<test>", py.ExecMode, 0, true)
	if err != nil {
		t.Fatal(err)
	}
	var code *py.Code
	for _, c := range mod.Consts {
		if fc, ok := c.(*py.Code); ok {
			code = fc
		}
	}
	if code == nil || !(&Pool{}).Reusable(code) {
		t.Fatalf("no reusable function code in %v", mod)
	}
	var p Pool
	used := p.frame(ctx, py.NewStringDict(), py.NewStringDict(), code)
	for i := range used.Localsplus {
		used.Localsplus[i] = py.Int(1000 + i)
	}
	used.Stack = append(used.Stack, py.Int(5), py.String("x"))
	used.Stack = used.Stack[:1] // a popped value stays in the backing array
	used.Lasti, used.Yielded = 7, true
	used.Blockstack = append(used.Blockstack, py.TryBlock{Type: py.TryBlockSetupLoop, Handler: 3, Level: 1})
	used.Block = &used.Blockstack[0]
	p.Put(used)

	globals, locals := py.NewStringDict(), py.NewStringDict()
	got := p.frame(ctx, globals, locals, code)
	if got != used {
		t.Fatal("the pool did not give the frame back")
	}
	want := py.NewFrame(ctx, globals, locals, code, nil)
	gv, wv := reflect.ValueOf(got).Elem(), reflect.ValueOf(want).Elem()
	for i := 0; i < gv.NumField(); i++ {
		name := gv.Type().Field(i).Name
		g, w := gv.Field(i), wv.Field(i)
		if g.Kind() == reflect.Slice && g.Len() == 0 && w.Len() == 0 {
			continue // nil or empty: the same to the VM
		}
		if !reflect.DeepEqual(g.Interface(), w.Interface()) {
			t.Errorf("%s: reused %v, new %v", name, g.Interface(), w.Interface())
		}
	}
	for i, v := range got.Stack[:cap(got.Stack)] {
		if v != nil {
			t.Errorf("stack slot %d still holds %v", i, v)
		}
	}
	if cap(got.Stack) < int(code.Stacksize) {
		t.Errorf("stack capacity %d < %d", cap(got.Stack), code.Stacksize)
	}
}

package kworder

import (
	"reflect"
	"testing"

	"github.com/go-python/gpython/py"
)

func TestKeys(t *testing.T) {
	m := py.StringDict{"b": py.Int(1), "a": py.Int(2), "c": py.Int(3)}
	if got := Keys(m); !reflect.DeepEqual(got, []string{"a", "b", "c"}) {
		t.Errorf("unrecorded: %v", got)
	}
	Record(m, []string{"c", "a", "b"})
	if got := Keys(m); !reflect.DeepEqual(got, []string{"c", "a", "b"}) {
		t.Errorf("recorded: %v", got)
	}
	// changed since recorded: the recorded keys still there keep their order
	delete(m, "a")
	m["0"] = py.None
	if got := Keys(m); !reflect.DeepEqual(got, []string{"c", "b", "0"}) {
		t.Errorf("changed: %v", got)
	}
	c := Copy(m, func(k string) bool { return k == "b" })
	if got := Keys(c); !reflect.DeepEqual(got, []string{"c", "0"}) {
		t.Errorf("copy: %v", got)
	}
	Forget(c)
	Forget(m)
	if got := Keys(m); !reflect.DeepEqual(got, []string{"0", "b", "c"}) {
		t.Errorf("forgotten: %v", got)
	}
	if len(records) != 0 {
		t.Errorf("records left: %v", records)
	}
	Forget(nil)
}

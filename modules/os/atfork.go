package os

import (
	"sync"

	"github.com/go-python/gpython/py"
)

// os.register_at_fork. gopy refuses os.fork(), but multiprocessing's 'fork' start method
// stands for it: it runs the "before" handlers (last registered first) and the
// "after_in_parent" ones around start() in the parent, and gives the child the handlers
// with the rest of its parent's state, where it runs the "after_in_child" ones (see
// package multiprocessing, which reads and sets the registry kept here).

// AtFork holds an interpreter's register_at_fork handlers, in registration order.
type AtFork struct {
	Before, AfterInParent, AfterInChild []py.Object
}

var (
	atForkMu sync.Mutex
	atFork   = map[py.Context]*AtFork{}
)

func init() {
	addMethods(py.MustNewMethod("register_at_fork", registerAtFork, 0, `Register callables to be called when forking a new process.

  before
    A callable to be called in the parent before the fork() syscall.
  after_in_child
    A callable to be called in the child after fork().
  after_in_parent
    A callable to be called in the parent after fork().

'before' callbacks are called in reverse order.
'after_in_child' and 'after_in_parent' callbacks are called in order.`))
	impl := py.GetModuleImpl("os")
	previous := impl.OnContextClosed
	impl.OnContextClosed = func(m *py.Module) {
		atForkMu.Lock()
		delete(atFork, m.Context)
		atForkMu.Unlock()
		if previous != nil {
			previous(m)
		}
	}
}

// registerAtFork is os.register_at_fork(*, before=None, after_in_child=None,
// after_in_parent=None).
func registerAtFork(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(args) > 0 {
		return nil, py.ExceptionNewf(py.TypeError, "register_at_fork() takes no positional arguments")
	}
	names := []string{"before", "after_in_child", "after_in_parent"}
	got := make([]py.Object, len(names))
	for k, v := range kwargs {
		i := 0
		for i < len(names) && names[i] != k {
			i++
		}
		if i == len(names) {
			return nil, py.ExceptionNewf(py.TypeError, "'%s' is an invalid keyword argument for register_at_fork()", k)
		}
		got[i] = v
	}
	if got[0] == nil && got[1] == nil && got[2] == nil {
		return nil, py.ExceptionNewf(py.TypeError, "At least one argument is required.")
	}
	for i, v := range got {
		if v != nil && !callable(v) {
			return nil, py.ExceptionNewf(py.TypeError, "'%s' must be callable, not %s", names[i], v.Type().Name)
		}
	}
	m, ok := self.(*py.Module)
	if !ok || m.Context == nil {
		return nil, py.ExceptionNewf(py.SystemError, "register_at_fork called without its module")
	}
	atForkMu.Lock()
	defer atForkMu.Unlock()
	h := atFork[m.Context]
	if h == nil {
		h = &AtFork{}
		atFork[m.Context] = h
	}
	if got[0] != nil {
		h.Before = append(h.Before, got[0])
	}
	if got[1] != nil {
		h.AfterInChild = append(h.AfterInChild, got[1])
	}
	if got[2] != nil {
		h.AfterInParent = append(h.AfterInParent, got[2])
	}
	return py.None, nil
}

// callable reports whether o can be called, as callable() does.
func callable(o py.Object) bool {
	if _, ok := o.(py.I__call__); ok {
		return true
	}
	_, err := py.GetAttrString(o, "__call__")
	return err == nil
}

// AtForkHandlers returns a copy of ctx's register_at_fork handlers.
func AtForkHandlers(ctx py.Context) AtFork {
	atForkMu.Lock()
	defer atForkMu.Unlock()
	h := atFork[ctx]
	if h == nil {
		return AtFork{}
	}
	return AtFork{
		Before:        append([]py.Object(nil), h.Before...),
		AfterInParent: append([]py.Object(nil), h.AfterInParent...),
		AfterInChild:  append([]py.Object(nil), h.AfterInChild...),
	}
}

// SetAtForkHandlers gives ctx the handlers of its parent (a forked child inherits them).
func SetAtForkHandlers(ctx py.Context, h AtFork) {
	atForkMu.Lock()
	defer atForkMu.Unlock()
	atFork[ctx] = &h
}

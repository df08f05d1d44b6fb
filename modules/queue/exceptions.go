package queue

import (
	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/classes"
	"github.com/gopyrt/gopy/modules/builtins"
)

// Empty and Full are queue.Empty and queue.Full. CPython defines Empty in C (_queue.Empty);
// both are Go types here so that they are real exception classes whatever the state of the
// object model (gpython turns `class E(Exception)` into an instance, which `except` refuses).
var (
	Empty = classes.NewException(py.ExceptionType, "Empty", "Exception raised by Queue.get(block=0)/get_nowait().")
	Full  = classes.NewException(py.ExceptionType, "Full", "Exception raised by Queue.put(block=0)/put_nowait().")
)

func init() {
	builtins.Ready(Empty, Full)
	Empty.Dict["__module__"] = py.String("_queue")
	Full.Dict["__module__"] = py.String("queue")
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "_queue", Doc: "C implementation of the Python queue module.\nThis module is an implementation detail, please do not use it directly."},
		Globals: py.StringDict{"Empty": Empty, "Full": Full},
	})
}

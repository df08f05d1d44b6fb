package classes

import (
	"strings"
	"testing"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/modules/builtins"
)

// worker is a tiny Go-native type in the style of multiprocessing.Process: Python code
// subclasses it, sets attributes in __init__ and overrides run(), which Go code calls.
type worker struct {
	Instance
	name    string
	started int
	log     []string
}

var workerType = NewNativeType("Worker", "testmod", "A Go-native test type.", py.ObjectType,
	func(cls *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		w := &worker{name: "unnamed"}
		w.Init(cls, w)
		return w, nil
	})

func asWorker(self py.Object) (*worker, error) {
	w, ok := self.(*worker)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "descriptor requires a 'Worker' object but received '%s'", self.Type().Name)
	}
	return w, nil
}

func init() {
	workerType.Dict["__init__"] = NewMethod("__init__", "", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		w, err := asWorker(self)
		if err != nil {
			return nil, err
		}
		var name py.Object = py.String("worker")
		if err := py.ParseTupleAndKeywords(args, kwargs, "|O:Worker", []string{"name"}, &name); err != nil {
			return nil, err
		}
		w.name = string(name.(py.String))
		return py.None, nil
	})
	workerType.Dict["run"] = NewMethod("run", "", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		w, err := asWorker(self)
		if err != nil {
			return nil, err
		}
		w.log = append(w.log, "base run")
		return py.None, nil
	})
	// start calls self.run through attribute lookup, so a Python override is used.
	workerType.Dict["start"] = NewMethod("start", "", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		w, err := asWorker(self)
		if err != nil {
			return nil, err
		}
		w.started++
		run, err := py.GetAttrString(self, "run")
		if err != nil {
			return nil, err
		}
		return py.Call(run, nil, nil)
	})
	workerType.Dict["name"] = &py.Property{
		Fget: func(self py.Object) (py.Object, error) {
			w, err := asWorker(self)
			if err != nil {
				return nil, err
			}
			return py.String(w.name), nil
		},
		Fset: func(self, v py.Object) error {
			w, err := asWorker(self)
			if err != nil {
				return err
			}
			s, ok := v.(py.String)
			if !ok {
				return py.ExceptionNewf(py.TypeError, "name must be a string")
			}
			w.name = string(s)
			return nil
		},
	}
	workerType.Dict["log"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
		w, err := asWorker(self)
		if err != nil {
			return nil, err
		}
		return py.String(strings.Join(w.log, ";")), nil
	}}
	builtins.SetGlobal("Worker", workerType)
}

func TestNativeSubclass(t *testing.T) {
	check(t, `
class Job(Worker):
    def __init__(self, n):
        super(Job, self).__init__("job" + str(n))
        self.n = n
        self.results = []
    def run(self):
        self.results.append(self.n * 2)
        print("running", self.name, self.n)
class Twice(Job):
    def run(self):
        super(Twice, self).run()
        Job.run(self)
j = Job(3)
print(type(j).__name__, isinstance(j, Worker), j.name, j.n, j.results)
j.start()
print(j.results, j.log == "")
t = Twice(5)
t.start()
print(t.results)
w = Worker()
print(w.name, type(w) is Worker)
w.start()
print(w.log)
w.extra = 1
print(w.extra, sorted(vars(j)))
j.name = "renamed"
print(j.name, Worker.__module__, Job.__module__, repr(Worker))
class Plain(Worker):
    pass
p = Plain(name="p")
p.start()
print(p.name, p.log)
`, `Job True job3 3 []
running job3 3
[6] True
running job5 5
running job5 5
[10, 10]
worker True
base run
1 ['n', 'results']
renamed testmod __main__ <class 'testmod.Worker'>
p base run
`)
	// Go sees the Python subclass instance as its own struct.
}

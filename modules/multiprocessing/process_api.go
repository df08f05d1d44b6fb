package multiprocessing

import (
	"github.com/go-python/gpython/py"

	"golang.org/x/sys/unix"

	"github.com/gopyrt/gopy/internal/classes"
	pysys "github.com/gopyrt/gopy/modules/sys"
)

// method wraps a Process method body as a *py.Method for ProcessType's dictionary.
func method(name, doc string, body func(p *Process, args py.Tuple, kwargs py.StringDict) (py.Object, error)) *py.Method {
	return classes.NewMethod(name, doc, func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		p, err := asProcess(self)
		if err != nil {
			return nil, err
		}
		if name != "__repr__" && name != "__reduce__" {
			if err := p.checkInit("_closed"); err != nil {
				return nil, err
			}
		}
		return body(p, args, kwargs)
	})
}

func property(doc string, get func(p *Process) (py.Object, error), set func(p *Process, v py.Object) error) *py.Property {
	prop := &py.Property{Doc: doc, Fget: func(self py.Object) (py.Object, error) {
		p, err := asProcess(self)
		if err != nil {
			return nil, err
		}
		return get(p)
	}}
	if set != nil {
		prop.Fset = func(self, v py.Object) error {
			p, err := asProcess(self)
			if err != nil {
				return err
			}
			return set(p, v)
		}
	}
	return prop
}

func noArgs(name string, args py.Tuple, kwargs py.StringDict) error {
	if len(args) != 0 || len(kwargs) != 0 {
		return py.ExceptionNewf(py.TypeError, "%s() takes 1 positional argument but %d were given", name, len(args)+1)
	}
	return nil
}

func init() {
	d := ProcessType.Dict
	d["__init__"] = classes.NewMethod("__init__", "Process(group=None, target=None, name=None, args=(), kwargs={}, *, daemon=None)", processInit)
	d["__reduce__"] = method("__reduce__", "Helper for pickle: how a process object travels to its child.", func(p *Process, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		return p.reduce()
	})
	d["start"] = method("start", "Start child process", func(p *Process, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := noArgs("start", args, kwargs); err != nil {
			return nil, err
		}
		return py.None, p.Start()
	})
	d["run"] = method("run", "Method to be run in sub-process; can be overridden in sub-class", func(p *Process, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := noArgs("run", args, kwargs); err != nil {
			return nil, err
		}
		if p.target == nil || p.target == py.None {
			return py.None, nil
		}
		if _, err := py.Call(p.target, p.args, p.kwargs); err != nil {
			return nil, err
		}
		return py.None, nil
	})
	d["join"] = method("join", "Wait until child process terminates", func(p *Process, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		var timeout py.Object = py.None
		if err := py.ParseTupleAndKeywords(args, kwargs, "|O:join", []string{"timeout"}, &timeout); err != nil {
			return nil, err
		}
		t, err := timeoutArg(timeout)
		if err != nil {
			return nil, err
		}
		return py.None, p.Join(t)
	})
	d["is_alive"] = method("is_alive", "Return whether process is alive", func(p *Process, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := noArgs("is_alive", args, kwargs); err != nil {
			return nil, err
		}
		alive, err := p.IsAlive()
		if err != nil {
			return nil, err
		}
		return py.NewBool(alive), nil
	})
	signal := func(name string, sig unix.Signal) *py.Method {
		return method(name, "Terminate process; sends "+unix.SignalName(sig)+" signal", func(p *Process, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			if err := noArgs(name, args, kwargs); err != nil {
				return nil, err
			}
			if err := p.checkClosed(); err != nil {
				return nil, err
			}
			if p.popen == nil {
				return nil, py.ExceptionNewf(py.AttributeError, "'NoneType' object has no attribute '%s'", name)
			}
			return py.None, p.popen.Signal(sig)
		})
	}
	d["terminate"] = signal("terminate", unix.SIGTERM)
	d["kill"] = signal("kill", unix.SIGKILL)
	d["close"] = method("close", "Close the Process object.", func(p *Process, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := noArgs("close", args, kwargs); err != nil {
			return nil, err
		}
		return py.None, p.Close()
	})
	d["__repr__"] = method("__repr__", "Return repr(self).", func(p *Process, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		s, err := p.repr()
		if err != nil {
			return nil, err
		}
		return py.String(s), nil
	})
	d["name"] = property("", func(p *Process) (py.Object, error) { return py.String(p.name), nil },
		func(p *Process, v py.Object) error {
			s, ok := v.(py.String)
			if !ok {
				return assertionError("name must be a string")
			}
			p.name = string(s)
			return nil
		})
	d["daemon"] = property("Return whether process is a daemon", func(p *Process) (py.Object, error) { return py.NewBool(p.daemon), nil },
		func(p *Process, v py.Object) error {
			if p.popen != nil {
				return assertionError("process has already started")
			}
			b, err := py.MakeBool(v)
			if err != nil {
				return err
			}
			p.daemon = b == py.True
			return nil
		})
	d["authkey"] = property("", func(p *Process) (py.Object, error) { return p.authkey, nil },
		func(p *Process, v py.Object) error {
			b, ok := v.(py.Bytes)
			if !ok {
				return py.ExceptionNewf(py.TypeError, "Pickling an AuthenticationString object is disallowed for security reasons")
			}
			p.authkey = b
			return nil
		})
	d["exitcode"] = property("Return exit code of process or `None` if it has yet to stop", func(p *Process) (py.Object, error) {
		if err := p.checkClosed(); err != nil {
			return nil, err
		}
		if p.popen == nil {
			return py.None, nil
		}
		code, err := p.popen.Poll(true)
		if err != nil || code == nil {
			return py.None, err
		}
		return py.Int(*code), nil
	}, nil)
	ident := property("Return identifier (PID) of process or `None` if it has yet to start", func(p *Process) (py.Object, error) {
		if err := p.checkClosed(); err != nil {
			return nil, err
		}
		if p == p.st.current {
			return py.Int(unix.Getpid()), nil
		}
		if p.popen == nil {
			return py.None, nil
		}
		return py.Int(p.popen.pid), nil
	}, nil)
	d["ident"], d["pid"] = ident, ident
	d["sentinel"] = property("Return a file descriptor suitable for waiting for process termination.", func(p *Process) (py.Object, error) {
		if err := p.checkClosed(); err != nil {
			return nil, err
		}
		if p.sentinel < 0 {
			return nil, py.ExceptionNewf(py.ValueError, "process not started")
		}
		return py.Int(p.sentinel), nil
	}, nil)
	d["_identity"] = property("", func(p *Process) (py.Object, error) {
		t := make(py.Tuple, len(p.identity))
		for i, n := range p.identity {
			t[i] = py.Int(n)
		}
		return t, nil
	}, nil)
}

// timeoutArg converts join's timeout: None waits for ever (-1), a number is seconds.
func timeoutArg(o py.Object) (float64, error) {
	switch v := o.(type) {
	case py.NoneType:
		return -1, nil
	case py.Int:
		return max(float64(v), 0), nil
	case py.Float:
		return max(float64(v), 0), nil
	case py.Bool:
		if v {
			return 1, nil
		}
		return 0, nil
	}
	return 0, py.ExceptionNewf(py.TypeError, "'%s' object cannot be interpreted as a timeout", o.Type().Name)
}

// Start starts the child process (Process.start).
func (p *Process) Start() error {
	if err := p.checkClosed(); err != nil {
		return err
	}
	if p.popen != nil {
		return assertionError("cannot start a process twice")
	}
	if p.parentPid != unix.Getpid() {
		return assertionError("can only start a process object created by current process")
	}
	st := p.st
	if st.current.daemon {
		return assertionError("daemonic processes are not allowed to have children")
	}
	method := st.startMethodOf(p)
	if err := st.bootstrapError(method); err != nil {
		return err
	}
	st.cleanup()
	if err := st.registerExitFunction(); err != nil {
		return err
	}
	// CPython's Popen flushes the standard streams first, then (for 'fork') os.fork()
	// runs the register_at_fork handlers around the fork itself.
	_ = pysys.Flush(st.ctx)
	if method == "fork" {
		runAtFork(st.ctx, beforeFork)
	}
	popen, err := launch(st, p, method)
	if method == "fork" {
		runAtFork(st.ctx, afterForkInParent)
	}
	if err != nil {
		return err
	}
	p.popen = popen
	p.sentinel = popen.sentinel.fd
	p.target, p.args, p.kwargs = nil, nil, nil
	st.mu.Lock()
	st.children = append(st.children, p)
	st.mu.Unlock()
	return nil
}

// Join waits for the child to end; timeout < 0 waits for ever (Process.join).
func (p *Process) Join(timeout float64) error {
	if err := p.checkClosed(); err != nil {
		return err
	}
	if p.parentPid != unix.Getpid() {
		return assertionError("can only join a child process")
	}
	if p.popen == nil {
		return assertionError("can only join a started process")
	}
	code, err := p.popen.Wait(timeout)
	if err != nil {
		return err
	}
	if code != nil {
		p.st.discard(p)
	}
	return nil
}

// IsAlive reports whether the child is still running (Process.is_alive).
func (p *Process) IsAlive() (bool, error) {
	if err := p.checkClosed(); err != nil {
		return false, err
	}
	if p == p.st.current {
		return true, nil
	}
	if p.parentPid != unix.Getpid() {
		return false, assertionError("can only test a child process")
	}
	if p.popen == nil {
		return false, nil
	}
	code, err := p.popen.Poll(true)
	if err != nil {
		return false, err
	}
	if code == nil {
		return true, nil
	}
	p.st.discard(p)
	return false, nil
}

// Close releases the process object's resources (Process.close).
func (p *Process) Close() error {
	if p.popen != nil {
		code, err := p.popen.Poll(true)
		if err != nil {
			return err
		}
		if code == nil {
			return py.ExceptionNewf(py.ValueError, "Cannot close a process while it is still running. You should first call join() or terminate().")
		}
		p.popen.Close()
		p.popen = nil
		p.sentinel = -1
		p.st.discard(p)
	}
	p.closed = true
	return nil
}

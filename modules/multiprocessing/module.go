// Package multiprocessing implements Python's multiprocessing module natively in Go, with
// CPython 3.11's behaviour. A child is the running binary re-executed in child mode: a
// 'fork' child is handed its parent's state by value (fork.go: the snapshot; fork_reduce.go:
// what goes by value; placeholder.go: what stands for what cannot; fork_child.go: the child's
// side), a 'spawn' or 'forkserver' child imports the parent's main module again
// (main_module.go); then it runs the process object sent to it.
//
// Files mirror CPython's Lib/multiprocessing: process.go (Process, current_process,
// active_children), popen_spawn_posix.go (starting, polling, signalling and reaping a child
// with waitpid), spawn.go (the child side: preparation data, bootstrap), main_module.go
// (a spawned child's import of its parent's main module as __mp_main__),
// util.go (the exit function registered with atexit) and context.go (start methods).
// Data exchange: frame.go (CPython's message framing), conn.go and connection.go (Pipe,
// Connection, wait), semcore.go (a semaphore shared between processes: a counter in shared
// memory and a doorbell pipe), queues.go, queues_api.go and simplequeue.go (Queue,
// JoinableQueue, SimpleQueue), reduction.go (how these objects travel to a spawned child:
// their descriptors are inherited, see spawnFds), synchronize.go and sync_cond.go (Lock,
// RLock, Semaphore, BoundedSemaphore, Condition, Event), sharedctypes.go and
// sharedctypes_api.go (Value, Array, RawValue, RawArray in shared memory), listener.go
// (Listener and Client over TCP and Unix sockets, with CPython's HMAC challenge),
// reduction_api.go (multiprocessing.reduction: send_handle, recv_handle, DupFd),
// resource_sharer.go (a Connection sent through a connection or queue: its descriptor
// handed over with SCM_RIGHTS), resource_tracker.go (the process that unlinks leaked
// segments), barrier.go (Barrier), shared_memory.go (SharedMemory in /dev/shm) and
// shareable_list.go (ShareableList in CPython's segment layout, packed by modules/struct).
// pool.go registers multiprocessing.pool (Pool, ThreadPool), written in Python in pool.py,
// and managers.go multiprocessing.managers (Manager, SyncManager, proxies) in managers.py
// and managers_proxies.py.
//
// Each interpreter (py.Context) has its own multiprocessing state: its current process, its
// children, its process counter.
package multiprocessing

import (
	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/classes"
	"github.com/gopyrt/gopy/modules/builtins"
)

func init() {
	methods := []*py.Method{
		py.MustNewMethod("_bind_interpreter", bindInterpreter, 0, "Create this interpreter's Process class (called once at import)."),
		py.MustNewMethod("_rebuild_process", rebuildProcess, 0, "Rebuild a process object sent to a spawned child (see BaseProcess.__reduce__)."),
		py.MustNewMethod("current_process", currentProcess, 0, "Return process object representing the current process"),
		py.MustNewMethod("active_children", activeChildren, 0, "Return list of process objects corresponding to live child processes"),
		py.MustNewMethod("parent_process", parentProcessFunc, 0, "Return process object representing the parent process"),
		py.MustNewMethod("cpu_count", cpuCount, 0, "Returns the number of CPUs in the system"),
		pipeMethod(),
		py.MustNewMethod("_exit_function_last", exitFunctionLast, 0, "_exit_function_last() registers the exit function again, to run before what was registered so far (util.get_logger)."),
	}
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "multiprocessing", Doc: "Process-based parallelism (gopy: spawn by re-executing the running binary)."},
		CodeSrc: "_bind_interpreter()\n",
		// The interpreter's state goes with its context (gpython calls this on Close).
		OnContextClosed: func(m *py.Module) { forgetState(m.Context) },
		Methods:         append(append(append(append(methods, contextFunctions()...), queueFunctions()...), syncFunctions()...), append(append(append(append(sharedFunctions(), poolFunctions()...), managerFunctions()...), forkFunctions()...), forkBatchFunction(), flushFeedersFunction())...),
		Globals: py.StringDict{
			"Process":             ProcessType,
			"ProcessError":        ProcessError,
			"TimeoutError":        TimeoutError,
			"BufferTooShort":      BufferTooShort,
			"AuthenticationError": AuthenticationError,
		},
	})
}

// The multiprocessing exception hierarchy (multiprocessing.context in CPython).
var (
	ProcessError        = classes.NewException(py.ExceptionType, "ProcessError", "")
	BufferTooShort      = classes.NewException(ProcessError, "BufferTooShort", "")
	TimeoutError        = classes.NewException(ProcessError, "TimeoutError", "")
	AuthenticationError = classes.NewException(ProcessError, "AuthenticationError", "")
)

func init() {
	builtins.Ready(ProcessError, BufferTooShort, TimeoutError, AuthenticationError, forkRefusal)
	for _, t := range []*py.Type{ProcessError, BufferTooShort, TimeoutError, AuthenticationError} {
		t.Dict["__module__"] = py.String("multiprocessing.context")
	}
}

func init() {
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "multiprocessing.context", Doc: "Contexts and the Process classes of each start method."},
		CodeSrc: "_bind_interpreter()\n",
		Methods: []*py.Method{py.MustNewMethod("_bind_interpreter", bindContextModule, 0, "Fill the module from this interpreter's multiprocessing state.")},
	})
}

package os

import (
	"os"
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/memlimit"
	"golang.org/x/sys/unix"

	"github.com/gopyrt/gopy/internal/objects"
	"github.com/gopyrt/gopy/modules/errno"
)

var (
	// unameResult is posix.uname_result.
	unameResult = newSeqType("posix", "uname_result", "uname_result: Result from os.uname().",
		[]string{"sysname", "nodename", "release", "version", "machine"}, 5, nil)
	// timesResult is posix.times_result.
	timesResult = newSeqType("posix", "times_result", "times_result: Result from os.times().",
		[]string{"user", "system", "children_user", "children_system", "elapsed"}, 5, nil)
)

// clockTicks is sysconf(_SC_CLK_TCK), USER_HZ: 100 on every Linux architecture.
const clockTicks = 100

// sysconfNames are the sysconf names gopy answers, with glibc's numbers (as CPython's
// os.sysconf_names gives them).
var sysconfNames = map[string]int{
	"SC_ARG_MAX": 0, "SC_CHILD_MAX": 1, "SC_CLK_TCK": 2, "SC_NGROUPS_MAX": 3, "SC_OPEN_MAX": 4,
	"SC_STREAM_MAX": 5, "SC_PAGESIZE": 30, "SC_PAGE_SIZE": 30, "SC_IOV_MAX": 60,
	"SC_LINE_MAX": 43, "SC_LOGIN_NAME_MAX": 71, "SC_TTY_NAME_MAX": 72,
	"SC_NPROCESSORS_CONF": 83, "SC_NPROCESSORS_ONLN": 84, "SC_PHYS_PAGES": 85, "SC_AVPHYS_PAGES": 86,
}

// sysconf answers sysconf(name) for the names above, as glibc computes them.
func sysconf(name int) (int, error) {
	rlim := func(res int) int {
		var r unix.Rlimit
		if unix.Getrlimit(res, &r) != nil || r.Cur == unix.RLIM_INFINITY {
			return -1
		}
		return int(r.Cur)
	}
	mem := func(avail bool) int {
		var si unix.Sysinfo_t
		if unix.Sysinfo(&si) != nil {
			return -1
		}
		n := uint64(si.Totalram)
		if avail {
			n = uint64(si.Freeram)
		}
		return int(n * uint64(si.Unit) / uint64(unix.Getpagesize()))
	}
	switch name {
	case 0:
		if s := rlim(unix.RLIMIT_STACK); s/4 > 131072 {
			return s / 4, nil
		}
		return 131072, nil
	case 1:
		return rlim(unix.RLIMIT_NPROC), nil
	case 2:
		return clockTicks, nil
	case 3:
		return 65536, nil
	case 4:
		return rlim(unix.RLIMIT_NOFILE), nil
	case 5:
		return 16, nil
	case 30:
		return unix.Getpagesize(), nil
	case 60:
		return 1024, nil
	case 43:
		return 2048, nil
	case 71:
		return 256, nil
	case 72:
		return 32, nil
	case 83, 84:
		return onlineCPUs(), nil
	case 85:
		return mem(false), nil
	case 86:
		return mem(true), nil
	}
	return 0, unix.EINVAL
}

// onlineCPUs counts the CPUs the system has online (/sys/devices/system/cpu/online).
func onlineCPUs() int {
	b, err := os.ReadFile("/sys/devices/system/cpu/online")
	if err != nil {
		return cpuCount()
	}
	n := 0
	for _, r := range strings.Split(strings.TrimSpace(string(b)), ",") {
		lo, hi, found := strings.Cut(r, "-")
		a, b := atoi(lo), atoi(lo)
		if found {
			b = atoi(hi)
		}
		n += b - a + 1
	}
	return n
}

func atoi(s string) int {
	n := 0
	for _, c := range s {
		n = n*10 + int(c-'0')
	}
	return n
}

// System information, identities and process scheduling: uname, times, umask, urandom,
// the user and group ids, load average, niceness and priorities, sysconf, strerror and
// the file-system encoding helpers.
func init() {
	idFunc := func(name string, f func() int) *py.Method {
		return noArgs(name, func() (py.Object, error) { return py.Int(f()), nil }, "Return the current process's "+strings.TrimPrefix(name, "get")+".")
	}
	addMethods(
		idFunc("getuid", unix.Getuid), idFunc("geteuid", unix.Geteuid),
		idFunc("getgid", unix.Getgid), idFunc("getegid", unix.Getegid),
		noArgs("getgroups", func() (py.Object, error) {
			gs, err := unix.Getgroups()
			if err != nil {
				return nil, pathError(err)
			}
			out := make([]py.Object, len(gs))
			for i, g := range gs {
				out[i] = py.Int(g)
			}
			return py.NewListFromItems(out), nil
		}, "Return list of supplemental group IDs for the process."),
		noArgs("getlogin", getlogin, "Return the actual login name."),
		noArgs("uname", func() (py.Object, error) {
			var u unix.Utsname
			if err := unix.Uname(&u); err != nil {
				return nil, pathError(err)
			}
			return unameResult.make(py.String(cstr(u.Sysname[:])), py.String(cstr(u.Nodename[:])),
				py.String(cstr(u.Release[:])), py.String(cstr(u.Version[:])), py.String(cstr(u.Machine[:]))), nil
		}, "Return an object identifying the current operating system."),
		noArgs("times", func() (py.Object, error) {
			var t unix.Tms
			ticks, err := unix.Times(&t)
			if err != nil {
				return nil, pathError(err)
			}
			f := func(n int64) py.Object { return py.Float(float64(n) / clockTicks) }
			return timesResult.make(f(t.Utime), f(t.Stime), f(t.Cutime), f(t.Cstime), f(int64(ticks))), nil
		}, "Return a collection containing process timing information."),
		oneArg("umask", func(o py.Object) (py.Object, error) {
			m, err := asInt(o)
			if err != nil {
				return nil, err
			}
			return py.Int(unix.Umask(m)), nil
		}, "Set the current numeric umask and return the previous umask."),
		oneArg("urandom", func(o py.Object) (py.Object, error) {
			n, err := asSsizeInt(o)
			if err != nil {
				return nil, err
			}
			if n < 0 {
				return nil, py.ExceptionNewf(py.ValueError, "negative argument not allowed")
			}
			if err := memlimit.Check(n, 1); err != nil {
				return nil, err
			}
			buf := make([]byte, n)
			for got := 0; got < n; {
				k, err := unix.Getrandom(buf[got:], 0)
				if err == unix.EINTR {
					continue
				}
				if err != nil {
					return nil, pathError(err)
				}
				got += k
			}
			return py.Bytes(buf), nil
		}, "Return a bytes object containing random bytes suitable for cryptographic use."),
		oneArg("strerror", func(o py.Object) (py.Object, error) {
			n, err := asInt(o)
			if err != nil {
				return nil, err
			}
			switch {
			case n == 0:
				return py.String("Success"), nil
			case n < 0:
				return py.String("Unknown error " + itoa(n)), nil
			}
			return py.String(errno.Strerror(unix.Errno(n))), nil
		}, "Translate an error code to a message string."),
		noArgs("getloadavg", func() (py.Object, error) {
			var si unix.Sysinfo_t
			if err := unix.Sysinfo(&si); err != nil {
				return nil, py.ExceptionNewf(py.OSError, "Load averages are unobtainable")
			}
			f := func(v uint64) py.Object { return py.Float(float64(v) / 65536) }
			return py.Tuple{f(uint64(si.Loads[0])), f(uint64(si.Loads[1])), f(uint64(si.Loads[2]))}, nil
		}, "Return average recent system load information."),
		noArgs("sched_yield", func() (py.Object, error) {
			_, _, _ = unix.Syscall(unix.SYS_SCHED_YIELD, 0, 0, 0)
			return py.None, nil
		}, "Voluntarily relinquish the CPU."),
		oneArg("nice", func(o py.Object) (py.Object, error) {
			inc, err := asInt(o)
			if err != nil {
				return nil, err
			}
			cur, err := unix.Getpriority(unix.PRIO_PROCESS, 0)
			if err != nil {
				return nil, pathError(err)
			}
			n := min(max(20-cur+inc, -20), 19)
			if err := unix.Setpriority(unix.PRIO_PROCESS, 0, n); err != nil {
				return nil, pathError(err)
			}
			return py.Int(n), nil
		}, "Add increment to the priority of process and return the new priority."),
		kwMethod("getpriority", []string{"which", "who"}, 2, 2, func(a []py.Object) (py.Object, error) {
			which, who, err := intPair(a[0], a[1])
			if err != nil {
				return nil, err
			}
			p, err := unix.Getpriority(which, who)
			if err != nil {
				return nil, pathError(err)
			}
			return py.Int(20 - p), nil // the system call answers 20 - nice
		}, "Return program scheduling priority."),
		kwMethod("setpriority", []string{"which", "who", "priority"}, 3, 3, func(a []py.Object) (py.Object, error) {
			which, who, err := intPair(a[0], a[1])
			if err != nil {
				return nil, err
			}
			prio, err := asInt(a[2])
			if err != nil {
				return nil, err
			}
			if err := unix.Setpriority(which, who, prio); err != nil {
				return nil, pathError(err)
			}
			return py.None, nil
		}, "Set program scheduling priority."),
		oneArg("sysconf", func(o py.Object) (py.Object, error) {
			var n int
			switch v := o.(type) {
			case py.String:
				code, ok := sysconfNames[string(v)]
				if !ok {
					return nil, py.ExceptionNewf(py.ValueError, "unrecognized configuration name")
				}
				n = code
			case py.Int, py.Bool, *py.BigInt:
				var err error
				if n, err = asInt(v); err != nil {
					return nil, err
				}
			default:
				return nil, py.ExceptionNewf(py.TypeError, "configuration names must be strings or integers")
			}
			r, err := sysconf(n)
			if err != nil {
				return nil, pathError(err)
			}
			return py.Int(r), nil
		}, "Return an integer-valued system configuration variable."),
		oneArg("fspath", func(o py.Object) (py.Object, error) {
			p, ok, err := fspathOf(o)
			if err != nil {
				return nil, err
			}
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "expected str, bytes or os.PathLike object, not %s", o.Type().Name)
			}
			return p, nil
		}, "Return the file system path representation of the object."),
	)
	impl := py.GetModuleImpl("os")
	names := objects.NewDict()
	for k, v := range sysconfNames {
		_ = names.SetItem(py.String(k), py.Int(v))
	}
	impl.Globals["sysconf_names"] = names
	impl.Globals["uname_result"] = unameResult.typ
	impl.Globals["times_result"] = timesResult.typ
	impl.Globals["PRIO_PROCESS"] = py.Int(unix.PRIO_PROCESS)
	impl.Globals["PRIO_PGRP"] = py.Int(unix.PRIO_PGRP)
	impl.Globals["PRIO_USER"] = py.Int(unix.PRIO_USER)
}

// getlogin is glibc's: the user of /proc/self/loginuid, else ENXIO (no utmp lookup).
func getlogin() (py.Object, error) {
	b, err := os.ReadFile("/proc/self/loginuid")
	uid := strings.TrimSpace(string(b))
	if err == nil && uid != "4294967295" && uid != "" {
		if pw, err := os.ReadFile("/etc/passwd"); err == nil {
			for _, line := range strings.Split(string(pw), "\n") {
				f := strings.Split(line, ":")
				if len(f) > 2 && f[2] == uid {
					return py.String(f[0]), nil
				}
			}
		}
	}
	return nil, pathError(unix.ENXIO)
}

// noArgs wraps a function of no arguments, with CPython's message for extra ones.
func noArgs(name string, f func() (py.Object, error), doc string) *py.Method {
	return py.MustNewMethod(name, func(self py.Object, args py.Tuple) (py.Object, error) {
		if len(args) != 0 {
			return nil, py.ExceptionNewf(py.TypeError, "posix.%s() takes no arguments (%d given)", name, len(args))
		}
		return f()
	}, 0, doc)
}

package os

import (
	"time"
	"unsafe"

	"github.com/go-python/gpython/py"
	"golang.org/x/sys/unix"

	"github.com/gopyrt/gopy/interp/gil"
	"github.com/gopyrt/gopy/modules/errno"
)

// RusageType is resource.struct_rusage, os.wait3's and wait4's third result; package
// resource (getrusage) publishes it.
var RusageType = NewStructSeqType("resource", "struct_rusage",
	"struct_rusage: Result from getrusage.\n\nThis object may be accessed either as a tuple of\n    (utime,stime,maxrss,ixrss,idrss,isrss,minflt,majflt,\n    nswap,inblock,oublock,msgsnd,msgrcv,nsignals,nvcsw,nivcsw)\nor via the attributes ru_utime, ru_stime, ru_maxrss, and so on.",
	[]string{"ru_utime", "ru_stime", "ru_maxrss", "ru_ixrss", "ru_idrss", "ru_isrss", "ru_minflt", "ru_majflt",
		"ru_nswap", "ru_inblock", "ru_oublock", "ru_msgsnd", "ru_msgrcv", "ru_nsignals", "ru_nvcsw", "ru_nivcsw"})

// waitidResult is os.waitid's result (posix.waitid_result, as CPython names it).
var waitidResult = NewStructSeqType("posix", "waitid_result",
	"waitid_result: Result from waitid.\n\nThis object may be accessed either as a tuple of\n  (si_pid, si_uid, si_signo, si_status, si_code),\nor via the attributes si_pid, si_uid, and so on.\n\nSee os.waitid for more information.",
	[]string{"si_pid", "si_uid", "si_signo", "si_status", "si_code"})

// Rusage converts getrusage(2)'s or wait4(2)'s record to a struct_rusage.
func Rusage(ru *unix.Rusage) py.Object {
	secs := func(t unix.Timeval) py.Object { return py.Float(float64(t.Sec) + float64(t.Usec)*1e-6) }
	return RusageType.Make(secs(ru.Utime), secs(ru.Stime), py.Int(ru.Maxrss), py.Int(ru.Ixrss),
		py.Int(ru.Idrss), py.Int(ru.Isrss), py.Int(ru.Minflt), py.Int(ru.Majflt), py.Int(ru.Nswap),
		py.Int(ru.Inblock), py.Int(ru.Oublock), py.Int(ru.Msgsnd), py.Int(ru.Msgrcv),
		py.Int(ru.Nsignals), py.Int(ru.Nvcsw), py.Int(ru.Nivcsw))
}

// pollChild repeats try (a non-blocking wait) until it reports a child, with the GIL
// released between attempts: on the child's pidfd when there is one, else in sleeps of
// growing length. A signal handler's exception ends the wait.
func pollChild(ctx py.Context, pid int, try func() (bool, error)) error {
	pidfd := -1
	if pid > 0 {
		if fd, err := unix.PidfdOpen(pid, 0); err == nil {
			pidfd = fd
			defer unix.Close(fd)
		}
	}
	pause := time.Millisecond
	for {
		done, err := try()
		if err != nil || done {
			return err
		}
		if pidfd >= 0 {
			_, err = gil.WaitFd(ctx, pidfd, unix.POLLIN, 50*time.Millisecond)
		} else {
			err = gil.Sleep(ctx, pause)
			pause = min(pause*2, 50*time.Millisecond)
		}
		if err != nil {
			return err
		}
	}
}

// wait4 is os.wait4(pid, options) and, with pid -1, os.wait3(options).
func wait4(ctx py.Context, pid, options int) (py.Object, error) {
	beforeWaitAny(pid)
	var ws unix.WaitStatus
	var ru unix.Rusage
	var got int
	err := pollChild(ctx, pid, func() (bool, error) {
		var err error
		got, err = unix.Wait4(pid, &ws, options|unix.WNOHANG, &ru)
		if err == unix.EINTR {
			return false, nil
		}
		if err != nil {
			return false, errno.FromError(err)
		}
		return got != 0 || options&unix.WNOHANG != 0, nil
	})
	if err != nil {
		return nil, err
	}
	return py.Tuple{py.Int(got), py.Int(int(ws)), Rusage(&ru)}, nil
}

// sigchld reads the SIGCHLD fields of a siginfo_t: si_pid, si_uid and si_status follow
// the three int header fields and a padding int on 64-bit Linux.
func sigchld(info *unix.Siginfo) (pid int32, uid uint32, status int32) {
	base := unsafe.Pointer(info)
	pid = *(*int32)(unsafe.Add(base, 16))
	uid = *(*uint32)(unsafe.Add(base, 20))
	status = *(*int32)(unsafe.Add(base, 24))
	return
}

func waitid(ctx py.Context, idtype, id, options int) (py.Object, error) {
	if idtype != unix.P_PID && idtype != unix.P_PIDFD {
		DropHiddenChildren()
	}
	var info unix.Siginfo
	err := pollChild(ctx, map[bool]int{true: id, false: -1}[idtype == unix.P_PID], func() (bool, error) {
		info = unix.Siginfo{}
		err := unix.Waitid(idtype, id, &info, options|unix.WNOHANG, nil)
		if err == unix.EINTR {
			return false, nil
		}
		if err != nil {
			return false, errno.FromError(err)
		}
		pid, _, _ := sigchld(&info)
		return pid != 0 || options&unix.WNOHANG != 0, nil
	})
	if err != nil {
		return nil, err
	}
	pid, uid, status := sigchld(&info)
	if pid == 0 {
		return py.None, nil
	}
	return waitidResult.Make(py.Int(pid), py.Int(uid), py.Int(info.Signo), py.Int(status), py.Int(info.Code)), nil
}

func init() {
	addMethods(
		py.MustNewMethod("wait3", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			a, err := parseArgs("wait3", args, kwargs, []string{"options"}, 1, 1)
			if err != nil {
				return nil, err
			}
			options, err := asInt(a[0])
			if err != nil {
				return nil, err
			}
			return wait4(ctxOf(self), -1, options)
		}, 0, "Wait for completion of a child process.\n\nReturns a tuple of information about the child process:\n  (pid, status, rusage)"),
		py.MustNewMethod("wait4", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			a, err := parseArgs("wait4", args, kwargs, []string{"pid", "options"}, 2, 2)
			if err != nil {
				return nil, err
			}
			pid, err := asPid(a[0])
			if err != nil {
				return nil, err
			}
			options, err := asInt(a[1])
			if err != nil {
				return nil, err
			}
			return wait4(ctxOf(self), pid, options)
		}, 0, "Wait for completion of a specific child process.\n\nReturns a tuple of information about the child process:\n  (pid, status, rusage)"),
		py.MustNewMethod("waitid", func(self py.Object, args py.Tuple) (py.Object, error) {
			a, err := intArgs("waitid", args, asInt, asPid, asInt)
			if err != nil {
				return nil, err
			}
			return waitid(ctxOf(self), a[0], a[1], a[2])
		}, 0, "Returns the result of waiting for a process or processes."),
		py.MustNewMethod("pidfd_open", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			a, err := parseArgs("pidfd_open", args, kwargs, []string{"pid", "flags"}, 1, 2)
			if err != nil {
				return nil, err
			}
			pid, err := asPid(a[0])
			if err != nil {
				return nil, err
			}
			flags := 0
			if a[1] != nil {
				if flags, err = asInt(a[1]); err != nil {
					return nil, err
				}
			}
			fd, err := unix.PidfdOpen(pid, flags)
			if err != nil {
				return nil, pathError(err)
			}
			return py.Int(fd), nil
		}, 0, "Return a file descriptor referring to the process *pid*."),
	)
	impl := py.GetModuleImpl("os")
	impl.Globals["waitid_result"] = waitidResult.Type()
	for name, v := range map[string]int{
		"P_PID": unix.P_PID, "P_PGID": unix.P_PGID, "P_ALL": unix.P_ALL, "P_PIDFD": 3,
		"P_WAIT": 0, "P_NOWAIT": 1, "P_NOWAITO": 1,
		"WEXITED": unix.WEXITED, "WSTOPPED": unix.WSTOPPED, "WNOWAIT": unix.WNOWAIT,
		"POSIX_SPAWN_OPEN": 0, "POSIX_SPAWN_CLOSE": 1, "POSIX_SPAWN_DUP2": 2,
		"CLD_EXITED": 1, "CLD_KILLED": 2, "CLD_DUMPED": 3, "CLD_TRAPPED": 4, "CLD_STOPPED": 5, "CLD_CONTINUED": 6,
	} {
		impl.Globals[name] = py.Int(v)
	}
}

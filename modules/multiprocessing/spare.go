package multiprocessing

import (
	"bytes"
	"encoding/binary"
	"os"
	"strconv"
	"strings"
	"sync"

	"golang.org/x/sys/unix"

	pyos "github.com/gopyrt/gopy/modules/os"
	pysys "github.com/gopyrt/gopy/modules/sys"
)

// The spare child. A child's start is mostly the same work whatever it will run: exec, Go's
// runtime start and the init functions of every package (about three quarters of a
// child's CPU time). After each start() (from the second on) the parent starts the next
// child ahead of need: it runs that common part and waits, blocked on its data descriptor
// (a socket, fd 3), for what the next start() sends. That start() hands it the spawn data a cold child would
// read from its pipe, and the descriptors a cold child would find from childFdFirst on
// (as SCM_RIGHTS: the spare was given /dev/null at those places, spareSlots of them, and
// puts what it receives there). From then on it is that start()'s child, with the same
// protocol: nothing of the parent's state at the spare's own start is used, since it had
// not yet created its interpreter.
//
// A spare serves a start() only if that start() would have executed the same child: the
// running binary, the same environment, standard output and error the same open files
// (kcmp), and the same process attributes an exec inherits (umask, ids, process group and
// session, ignored signals, resource limits, CPU affinity, niceness, oom_score_adj:
// spareAttrs); otherwise it is dropped and the start is cold. A spare is a child the
// script did not start: waits for any child drop it first, and none exists while SIGCHLD
// has a handler (pyos.SetHiddenChildren). It ends when its parent does (EOF on fd 3).
// GOPYSPARE=0 in the environment turns spares off.

// spareEnv marks a spare child in its environment.
const spareEnv = "GOPY_MULTIPROCESSING_SPARE"

// spareOffEnv, set to 0, turns spare children off.
const spareOffEnv = "GOPYSPARE"

// spareSlots is how many descriptors a spare can receive (a start that hands over more
// is cold).
const spareSlots = 16

// spareChild is a child started ahead, waiting for a start().
type spareChild struct {
	pid   int
	ctl   int // our end of the socket pair, the child's childFdData
	sentR int // the sentinel pipe's read end; the child holds the write end
	entry string
	env   string // the environment it was given, before the spawn variables
	attrs string // spareAttrs() when it started
}

var spare struct {
	mu     sync.Mutex
	child  *spareChild
	once   sync.Once
	starts int // start()s of the running binary so far
}

// spareAfter is how many start()s a program makes before it gets a spare: a program that
// starts one child should not pay for a second.
const spareAfter = 2

// sparesOn reports whether spare children may be used at all.
func sparesOn() bool {
	return os.Getenv(spareOffEnv) != "0" && pyos.HiddenChildrenAllowed()
}

// dropSpare stops and reaps the waiting spare, if any.
func dropSpare() {
	spare.mu.Lock()
	sp := spare.child
	spare.child = nil
	spare.mu.Unlock()
	if sp != nil {
		sp.discard()
	}
}

func (sp *spareChild) discard() {
	unix.Kill(sp.pid, unix.SIGKILL)
	pyos.Wait4(sp.pid, 0)
	closeAll(sp.ctl, sp.sentR)
}

// startSpare, called after each start() of the running binary, starts a spare child for
// later start()s from a parent whose children get base as their environment and stdout,
// stderr as their standard output and error. It does nothing before the spareAfter-th
// start, when a spare waits already or when one cannot be made.
func startSpare(base []string, entry string, stdout, stderr *os.File) {
	spare.once.Do(func() { pyos.SetHiddenChildren(dropSpare) })
	spare.mu.Lock()
	defer spare.mu.Unlock()
	if spare.starts++; spare.starts < spareAfter || spare.child != nil || !sparesOn() {
		return
	}
	attrs, ok := spareAttrs()
	if !ok {
		return
	}
	pair, err := unix.Socketpair(unix.AF_UNIX, unix.SOCK_STREAM|unix.SOCK_CLOEXEC, 0)
	if err != nil {
		return
	}
	var sent [2]int
	if err := unix.Pipe2(sent[:], unix.O_CLOEXEC); err != nil {
		closeAll(pair[0], pair[1])
		return
	}
	devnull, err := os.Open(os.DevNull)
	if err != nil {
		closeAll(pair[0], pair[1], sent[0], sent[1])
		return
	}
	defer devnull.Close()
	data := os.NewFile(uintptr(pair[1]), "spare-data")
	sentW := os.NewFile(uintptr(sent[1]), "spare-sentinel")
	defer data.Close()
	defer sentW.Close()
	files := []*os.File{devnull, stdout, stderr, data, sentW}
	for i := 0; i < spareSlots; i++ {
		files = append(files, devnull)
	}
	env := append(append([]string(nil), base...), SpawnEnv+"="+strconv.Itoa(childFdData)+","+strconv.Itoa(childFdSentinel),
		parentEnv+"="+strconv.Itoa(os.Getpid()), ChildEntryEnv+"="+entry, spareEnv+"=1")
	exe := pysys.Executable()
	proc, err := os.StartProcess(exe, []string{os.Args[0], "--multiprocessing-fork"}, &os.ProcAttr{Env: env, Files: files})
	if err != nil {
		closeAll(pair[0], sent[0])
		return
	}
	pid := proc.Pid
	_ = proc.Release()
	spare.child = &spareChild{pid: pid, ctl: pair[0], sentR: sent[0], entry: entry,
		env: strings.Join(base, "\x00"), attrs: attrs}
}

// takeSpare returns the waiting spare if it can serve a start() whose child would get
// base, entry, stdout and stderr and nfds descriptors; otherwise it drops it and returns
// nil.
func takeSpare(base []string, entry string, stdout, stderr *os.File, nfds int) *spareChild {
	spare.mu.Lock()
	sp := spare.child
	spare.child = nil
	spare.mu.Unlock()
	if sp == nil {
		return nil
	}
	attrs, ok := spareAttrs()
	if !ok || !sparesOn() || nfds > spareSlots || sp.entry != entry || sp.attrs != attrs ||
		sp.env != strings.Join(base, "\x00") || !sameFile(sp.pid, stdout, 1) || !sameFile(sp.pid, stderr, 2) {
		sp.discard()
		return nil
	}
	return sp
}

// send hands the spare the descriptors and the spawn data of its start(). delivered is
// false when the spare had died meanwhile (it is then reaped, and the start is cold);
// once it has its descriptors it is the start()'s child, and err is what writing the rest
// of the data gave.
func (sp *spareChild) send(fds []int, data []byte) (delivered bool, err error) {
	var header [8]byte
	binary.BigEndian.PutUint64(header[:], uint64(len(fds)))
	var rights []byte
	if len(fds) > 0 {
		rights = unix.UnixRights(fds...)
	}
	for {
		if err = unix.Sendmsg(sp.ctl, header[:], rights, nil, unix.MSG_NOSIGNAL); err != unix.EINTR {
			break
		}
	}
	if err != nil {
		sp.discard()
		return false, err
	}
	for len(data) > 0 {
		n, err := unix.SendmsgN(sp.ctl, data, nil, nil, unix.MSG_NOSIGNAL)
		if err == unix.EINTR {
			continue
		}
		if err != nil {
			return true, err
		}
		data = data[n:]
	}
	return true, nil
}

// sameFile reports whether f is the open file the process pid has as descriptor fd.
func sameFile(pid int, f *os.File, fd int) bool {
	const kcmpFile = 0
	r, _, errno := unix.Syscall6(unix.SYS_KCMP, uintptr(os.Getpid()), uintptr(pid), kcmpFile, f.Fd(), uintptr(fd), 0)
	return errno == 0 && r == 0
}

// spareAttrs describes what an exec'd child inherits from this process besides its
// environment and descriptors.
func spareAttrs() (string, bool) {
	var b strings.Builder
	status, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return "", false
	}
	for _, line := range bytes.Split(status, []byte("\n")) {
		name, _, _ := bytes.Cut(line, []byte(":"))
		switch string(name) {
		case "Umask", "Uid", "Gid", "Groups", "NSpgid", "NSsid", "SigIgn", "Cpus_allowed_list",
			"Mems_allowed_list", "NoNewPrivs", "Seccomp", "CapInh", "CapBnd", "CapAmb":
			b.Write(line)
			b.WriteByte('\n')
		}
	}
	for _, name := range []string{"/proc/self/limits", "/proc/self/oom_score_adj", "/proc/self/cgroup"} {
		data, err := os.ReadFile(name)
		if err != nil {
			return "", false
		}
		b.Write(data)
	}
	prio, err := unix.Getpriority(unix.PRIO_PROCESS, 0)
	if err != nil {
		return "", false
	}
	b.WriteString(strconv.Itoa(prio))
	return b.String(), true
}

// AwaitSpareStart is where a spare child waits (see above), before it makes its
// interpreter: it returns once a start() has handed it its data and descriptors, and
// ends the process when the parent is gone first. Other children return at once.
func AwaitSpareStart() {
	if os.Getenv(spareEnv) == "" {
		return
	}
	os.Unsetenv(spareEnv)
	var header [8]byte
	oob := make([]byte, unix.CmsgSpace(4*spareSlots))
	got, oobn := 0, 0
	for got < len(header) {
		n, on, _, _, err := unix.Recvmsg(childFdData, header[got:], oob[oobn:], unix.MSG_CMSG_CLOEXEC)
		if err == unix.EINTR {
			continue
		}
		if err != nil || n == 0 {
			os.Exit(0) // the parent is gone, or dropped this spare
		}
		got += n
		oobn += on
	}
	var fds []int
	if msgs, err := unix.ParseSocketControlMessage(oob[:oobn]); err == nil {
		for _, m := range msgs {
			if rights, err := unix.ParseUnixRights(&m); err == nil {
				fds = append(fds, rights...)
			}
		}
	}
	if uint64(len(fds)) != binary.BigEndian.Uint64(header[:]) {
		os.Exit(1)
	}
	// The descriptors go where a cold child finds them, inheritable as there (ChildMain
	// marks them close-on-exec); the slots left over are closed.
	for i, fd := range fds {
		if fd == childFdFirst+i {
			continue
		}
		if err := unix.Dup2(fd, childFdFirst+i); err != nil {
			os.Exit(1)
		}
		unix.Close(fd)
	}
	for i := len(fds); i < spareSlots; i++ {
		unix.Close(childFdFirst + i)
	}
}

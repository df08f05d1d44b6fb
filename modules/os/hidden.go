package os

import (
	"sync"
	"sync/atomic"
)

// Hidden children: a process the runtime starts ahead of need (package multiprocessing's
// spare child, which takes the next Process.start()) is a child of the interpreter's
// process that the script never started, so the script must never see it. A wait for any
// child (os.wait, wait3, waitpid, wait4 and waitid for any child or a process group) first
// has it stopped and reaped, and none is started while SIGCHLD has a Python handler or is
// ignored (its end would call the handler, or reap itself): package signal reports
// SIGCHLD's disposition here before it changes it.

var (
	hiddenMu   sync.Mutex
	hiddenDrop func()
	// sigchldTaken: SIGCHLD has a Python handler or is ignored.
	sigchldTaken atomic.Bool
)

// SetHiddenChildren installs the function that stops and reaps every hidden child.
func SetHiddenChildren(drop func()) {
	hiddenMu.Lock()
	hiddenDrop = drop
	hiddenMu.Unlock()
}

// DropHiddenChildren stops and reaps the hidden children, if any.
func DropHiddenChildren() {
	hiddenMu.Lock()
	drop := hiddenDrop
	hiddenMu.Unlock()
	if drop != nil {
		drop()
	}
}

// HiddenChildrenAllowed reports whether a hidden child may be started: SIGCHLD has its
// default disposition.
func HiddenChildrenAllowed() bool { return !sigchldTaken.Load() }

// SigchldTaken is called by package signal before SIGCHLD gets a Python handler or is
// ignored (taken), or gets its default disposition back: the hidden children are dropped
// first, so that the handler never sees them end.
func SigchldTaken(taken bool) {
	if taken {
		sigchldTaken.Store(true)
		DropHiddenChildren()
		return
	}
	sigchldTaken.Store(false)
}

// beforeWaitAny drops the hidden children before a wait for pid (waitpid's convention:
// -1 any child, 0 or below -1 a process group).
func beforeWaitAny(pid int) {
	if pid <= 0 {
		DropHiddenChildren()
	}
}

// Package memlimit decides, before gopy allocates a buffer whose size a script chose, whether
// the allocation can succeed, and gives CPython's MemoryError when it cannot.
//
// CPython asks malloc for the memory and raises MemoryError when malloc fails; on Linux
// (overcommit heuristic) a single request larger than the machine's RAM and swap, or larger
// than the address-space limit (RLIMIT_AS), fails at once. Go cannot fail an allocation: a
// request it cannot satisfy is a fatal "runtime: out of memory" that ends the process, and a
// length beyond what a slice can hold panics ("makeslice: len out of range"). So every place
// where a script picks a size (a repeat count, a width, a byte count) asks Check first, which
// applies the same ceiling malloc would: RAM plus swap, or RLIMIT_AS when that is lower.
// What stays different: a request below the ceiling but above the memory free at the time
// still ends the process (Go's fatal error, or the kernel's OOM killer for CPython).
package memlimit

import (
	"math"
	"math/bits"
	"sync"

	"github.com/go-python/gpython/py"
	"golang.org/x/sys/unix"
)

var (
	once    sync.Once
	ceiling uint64
)

// Ceiling is the largest single allocation, in bytes, that can succeed on this machine.
func Ceiling() uint64 {
	once.Do(func() {
		ceiling = 1 << 47 // the user address space of 64-bit machines
		var si unix.Sysinfo_t
		if unix.Sysinfo(&si) == nil {
			unit := uint64(si.Unit)
			if unit == 0 {
				unit = 1
			}
			if total := (uint64(si.Totalram) + uint64(si.Totalswap)) * unit; total > 0 && total < ceiling {
				ceiling = total
			}
		}
		var rl unix.Rlimit
		if unix.Getrlimit(unix.RLIMIT_AS, &rl) == nil && rl.Cur != unix.RLIM_INFINITY && rl.Cur < ceiling {
			ceiling = rl.Cur
		}
	})
	return ceiling
}

// Error is MemoryError() without arguments, what a failed allocation raises in CPython.
func Error() error {
	e, err := py.ExceptionNew(py.MemoryError, py.Tuple{}, nil)
	if err != nil {
		return err
	}
	return e.(*py.Exception)
}

// Check returns MemoryError when n items of size bytes each cannot be allocated at once
// (a negative n or size counts as nothing), nil when they can.
func Check(n, size int) error {
	if !Fits(n, size) {
		return Error()
	}
	return nil
}

// Fits reports whether n items of size bytes each are within the ceiling.
func Fits(n, size int) bool {
	if n <= 0 || size <= 0 {
		return true
	}
	hi, lo := bits.Mul64(uint64(n), uint64(size))
	return hi == 0 && lo <= Ceiling() && lo <= math.MaxInt64
}

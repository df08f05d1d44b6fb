package main

import (
	"fmt"
	"os"
	"runtime/pprof"
)

// Profiling switches for developers (see bench/README.md), read by this command only and
// removed from the environment, so that children this process starts do not profile:
//
//	GOPYCPUPROFILE=/tmp/cpu.prof gopy script.py   a CPU profile of the run
//	GOPYMEMPROFILE=/tmp/mem.prof gopy script.py   where the run allocated (go tool pprof -sample_index=alloc_space)
const (
	cpuProfileEnv = "GOPYCPUPROFILE"
	memProfileEnv = "GOPYMEMPROFILE"
)

// startProfile starts the profiles asked for by the environment and returns the function
// that ends them and writes them (nothing to do when none was asked for).
func startProfile() (stop func()) {
	cpuPath, memPath := os.Getenv(cpuProfileEnv), os.Getenv(memProfileEnv)
	os.Unsetenv(cpuProfileEnv)
	os.Unsetenv(memProfileEnv)
	var cpu *os.File
	if cpuPath != "" {
		f, err := os.Create(cpuPath)
		if err == nil {
			if err = pprof.StartCPUProfile(f); err != nil {
				f.Close()
			} else {
				cpu = f
			}
		}
		if err != nil {
			fmt.Fprintf(os.Stderr, "gopy: %s: %v\n", cpuProfileEnv, err)
		}
	}
	return func() {
		if cpu != nil {
			pprof.StopCPUProfile()
			cpu.Close()
		}
		if memPath != "" {
			if err := writeAllocs(memPath); err != nil {
				fmt.Fprintf(os.Stderr, "gopy: %s: %v\n", memProfileEnv, err)
			}
		}
	}
}

// writeAllocs writes the profile of the allocations made so far to path.
func writeAllocs(path string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := pprof.Lookup("allocs").WriteTo(f, 0); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

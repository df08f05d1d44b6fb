package main

import (
	"fmt"
	"os"
	"runtime/pprof"
)

// ProfileEnv names the environment variable that makes gopy write a CPU profile of the
// run (for developers, see bench/README.md): GOPYCPUPROFILE=/tmp/x.prof gopy script.py,
// then go tool pprof. Only this command reads it; spawned children do not profile.
const ProfileEnv = "GOPYCPUPROFILE"

// startProfile starts the CPU profile asked for by ProfileEnv and returns the function
// that ends it (nothing to do when none was asked for).
func startProfile() (stop func()) {
	path := os.Getenv(ProfileEnv)
	if path == "" {
		return func() {}
	}
	// A child this process starts re-executes the binary: it must not overwrite the file.
	os.Unsetenv(ProfileEnv)
	f, err := os.Create(path)
	if err != nil {
		fmt.Fprintf(os.Stderr, "gopy: %s: %v\n", ProfileEnv, err)
		return func() {}
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		fmt.Fprintf(os.Stderr, "gopy: %s: %v\n", ProfileEnv, err)
		f.Close()
		return func() {}
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}
}

//go:build race

package conformance

// raceEnabled is true when the suite runs under `go test -race`: gopy is then built with
// the race detector too, so a data race in any script's run fails that script (the race
// detector's report goes to stderr and the exit status becomes 66).
const raceEnabled = true

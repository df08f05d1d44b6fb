//go:build !race

package conformance

// raceEnabled is false in a normal run; see race_test.go.
const raceEnabled = false

package sre

import "testing"

// TestCaseTables checks the two-level case tables against the recorded pairs.
func TestCaseTables(t *testing.T) {
	for c := uint32(0); c < 0x110000; c++ {
		if got, want := LowerUnicode(c), map128(c, lowerASCII, lowerPairs); got != want {
			t.Fatalf("lower %#x = %#x, want %#x", c, got, want)
		}
		if got, want := upperUnicode(c), map128(c, upperASCII, upperPairs); got != want {
			t.Fatalf("upper %#x = %#x, want %#x", c, got, want)
		}
	}
}

func map128(c uint32, ascii func(uint32) uint32, pairs []uint32) uint32 {
	if c < 128 {
		return ascii(c)
	}
	return mapped(pairs, c)
}

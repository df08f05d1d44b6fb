package random

import (
	"testing"

	"github.com/gopyrt/gopy/internal/gpyhooks"
)

// The reference outputs of Matsumoto and Nishimura's mt19937ar.c.
func TestReferenceOutputs(t *testing.T) {
	var m mt
	m.initGenrand(5489)
	if got := m.uint32(); got != 3499211612 {
		t.Errorf("initGenrand(5489): first output %d, want 3499211612", got)
	}
	m.initByArray([]uint32{0x123, 0x234, 0x345, 0x456})
	want := []uint32{1067595299, 955945823, 477289528, 4107218783, 4228976476}
	for i, w := range want {
		if got := m.uint32(); got != w {
			t.Errorf("initByArray: output %d is %d, want %d", i, got, w)
		}
	}
}

// random.seed(1); random.random() in CPython 3.11.
func TestSeedOne(t *testing.T) {
	var m mt
	m.initByArray([]uint32{1})
	if got := m.float(); got != 0.13436424411240122 {
		t.Errorf("seed 1: random() = %v, want 0.13436424411240122", got)
	}
}

// TestMain makes gopy's changes to gpython before the tests run, as interp does.
func TestMain(m *testing.M) { gpyhooks.TestMain(m) }

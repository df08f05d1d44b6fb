package os

import (
	"testing"
)

func TestExitCode(t *testing.T) {
	for status, want := range map[int]int{0: 0, 3 << 8: 3, 255 << 8: 255, 9: -9, 15: -15} {
		got, err := ExitCode(status)
		if err != nil || got != want {
			t.Errorf("ExitCode(%#x) = %d, %v; want %d", status, got, err, want)
		}
	}
	if _, err := ExitCode(19<<8 | 0x7f); err == nil {
		t.Error("ExitCode of a stopped status did not fail")
	}
}

func TestWait4NoChild(t *testing.T) {
	if _, _, err := Wait4(-1, 0); err == nil {
		t.Error("Wait4 with no children did not fail")
	}
}

package random

import (
	"os"
	"testing"

	"github.com/gopyrt/gopy/internal/gpyhooks"
)

// TestMain makes gopy's changes to gpython (gpyhooks.Install) before the tests run, as
// interp does: the tests use the object model without an interpreter.
func TestMain(m *testing.M) {
	gpyhooks.Install()
	os.Exit(m.Run())
}

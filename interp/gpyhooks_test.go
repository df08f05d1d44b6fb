package interp

import (
	"testing"

	"github.com/gopyrt/gopy/internal/gpyhooks"
)

// TestEveryChangeRegistered checks that with every package of gopy linked (as through
// interp), each change in gpyhooks' table has its code registered, so Install makes all.
func TestEveryChangeRegistered(t *testing.T) {
	if missing := gpyhooks.Unregistered(); len(missing) > 0 {
		t.Fatalf("changes in gpyhooks' table nobody registered: %v", missing)
	}
}

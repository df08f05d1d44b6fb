package signal

import (
	"testing"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/gpyhooks"
)

func TestPositionalMessages(t *testing.T) {
	for _, c := range []struct {
		args py.Tuple
		want string
	}{
		{py.Tuple{}, "signal() missing 2 required positional arguments: 'signalnum' and 'handler'"},
		{py.Tuple{py.Int(1)}, "signal() missing 1 required positional argument: 'handler'"},
		{py.Tuple{py.Int(1), py.Int(2), py.Int(3)}, "signal() takes 2 positional arguments but 3 were given"},
	} {
		err := positional("signal", c.args, "signalnum", "handler")
		if err == nil || err.(*py.Exception).Args.(py.Tuple)[0].(py.String) != py.String(c.want) {
			t.Errorf("%d args: %v, want %q", len(c.args), err, c.want)
		}
	}
	if err := positional("getsignal", py.Tuple{py.Int(1)}, "signalnum"); err != nil {
		t.Error(err)
	}
}

// TestMain makes gopy's changes to gpython before the tests run, as interp does.
func TestMain(m *testing.M) { gpyhooks.TestMain(m) }

package time

import (
	"math"
	"testing"
	"time"

	"github.com/go-python/gpython/py"
)

func TestSeconds(t *testing.T) {
	for _, c := range []struct {
		in   py.Object
		want time.Duration
		err  bool
	}{
		{py.Int(2), 2 * time.Second, false},
		{py.Float(0.25), 250 * time.Millisecond, false},
		{py.True, time.Second, false},
		{py.Float(math.NaN()), 0, true},
		{py.Float(1e300), 0, true},
		{py.String("x"), 0, true},
		{py.None, 0, true},
	} {
		got, err := Seconds(c.in)
		if (err != nil) != c.err || (!c.err && got != c.want) {
			t.Errorf("Seconds(%v) = %v, %v", c.in, got, err)
		}
	}
}

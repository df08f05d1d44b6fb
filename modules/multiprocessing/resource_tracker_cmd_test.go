package multiprocessing

import (
	"reflect"
	"testing"
)

// The tracker's cache follows REGISTER/UNREGISTER as CPython's sets do: a name registered
// twice is kept once, and unknown commands, types and names leave it alone.
func TestTrackerCommand(t *testing.T) {
	cache := map[string][]string{}
	for _, line := range []string{
		"REGISTER:/a:shared_memory", "REGISTER:/b:shared_memory", "REGISTER:/a:shared_memory",
		"PROBE:0:noop", "UNREGISTER:/b:shared_memory", "UNREGISTER:/zz:shared_memory",
		"REGISTER:/c:nosuchtype", "BOGUS:/d:shared_memory", "REGISTER:/e", "a:b:c:d",
		"REGISTER:/s:semaphore",
	} {
		trackerCommand(cache, line)
	}
	want := map[string][]string{"shared_memory": {"/a"}, "semaphore": {"/s"}}
	if !reflect.DeepEqual(cache, want) {
		t.Errorf("cache %v, want %v", cache, want)
	}
}

func TestPyQuote(t *testing.T) {
	for in, want := range map[string]string{"/a": "'/a'", "it's": `"it's"`, `a\b`: `'a\\b'`} {
		if got := pyQuote(in); got != want {
			t.Errorf("pyQuote(%q) = %s, want %s", in, got, want)
		}
	}
}

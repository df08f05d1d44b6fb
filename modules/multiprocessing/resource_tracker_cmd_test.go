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

// The sharer reads the key from a pickled (key, pid) as CPython and gopy write it.
func TestPickledFirstInt(t *testing.T) {
	for in, want := range map[string]int{
		"\x80\x04\x95\x0b\x00\x00\x00\x00\x00\x00\x00K\x01J\xd2\x04\x00\x00\x86\x94.":             1,
		"\x80\x02M\x01\x01J\xd2\x04\x00\x00\x86q\x00.":                                            257,
		"\x80\x04\x95\x0e\x00\x00\x00\x00\x00\x00\x00J\x00\x00\x01\x00J\xd2\x04\x00\x00\x86\x94.": 65536,
	} {
		if got, ok := pickledFirstInt([]byte(in)); !ok || got != want {
			t.Errorf("pickledFirstInt(%q) = %d, %v; want %d", in, got, ok, want)
		}
	}
	for _, in := range []string{"", "\x80\x04", "\x80\x04\x95\x00", "\x80\x04X\x01\x00\x00\x00a."} {
		if _, ok := pickledFirstInt([]byte(in)); ok {
			t.Errorf("pickledFirstInt(%q) accepted", in)
		}
	}
}

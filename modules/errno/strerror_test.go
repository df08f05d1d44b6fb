package errno_test

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/sys/unix"

	"github.com/gopyrt/gopy/modules/errno"
)

// TestStrerrorMatchesPython compares every message with python3's os.strerror, recorded in
// testdata/strerror.txt by:
//
//	python3 -c 'import os; [print("%d\t%s" % (i, os.strerror(i))) for i in range(1, 134)]'
func TestStrerrorMatchesPython(t *testing.T) {
	f, err := os.Open("testdata/strerror.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		num, want, _ := strings.Cut(sc.Text(), "\t")
		i, err := strconv.Atoi(num)
		if err != nil {
			t.Fatalf("bad line %q", sc.Text())
		}
		if got := errno.Strerror(unix.Errno(i)); got != want {
			t.Errorf("Strerror(%d) = %q, python3 says %q", i, got, want)
		}
		n++
	}
	if n < 100 {
		t.Errorf("only %d messages checked", n)
	}
}

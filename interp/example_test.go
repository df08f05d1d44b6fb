package interp_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/gopyrt/gopy/interp"
)

// A Go program defines Python functions, calls one with Go values and converts the result.
func Example() {
	it := interp.New(interp.Options{Stdout: os.Stdout})
	defer it.Close()
	ctx := context.Background()
	_, err := it.Exec(ctx, "<string>", "def greet(names):\n    print('greeting', len(names))\n    return ['hello ' + n for n in names]\n")
	if err != nil {
		fmt.Println(err)
		return
	}
	v, err := it.Call(ctx, "greet", []string{"ada", "bob"})
	if err != nil {
		fmt.Println(err)
		return
	}
	greetings, _ := interp.ToGo(v)
	fmt.Println(greetings)
	// Output:
	// greeting 2
	// [hello ada hello bob]
}

// A Python exception reaches Go as an *interp.Error with CPython's traceback text.
func ExampleError() {
	it := interp.New(interp.Options{})
	defer it.Close()
	_, err := it.Exec(context.Background(), "calc.py", "def div(a, b):\n    return a / b\ndiv(1, 0)\n")
	var pe *interp.Error
	if errors.As(err, &pe) {
		fmt.Println(pe.Type)
		fmt.Print(pe.Traceback)
	}
	// Output:
	// ZeroDivisionError
	// Traceback (most recent call last):
	//   File "calc.py", line 3, in <module>
	//   File "calc.py", line 2, in div
	// ZeroDivisionError: division by zero
}

// Cancelling the context stops a script, even one that never calls anything; the script
// sees gopy.Cancelled and the host context.DeadlineExceeded.
func ExampleInterp_Exec_cancel() {
	it := interp.New(interp.Options{Stdout: os.Stdout})
	defer it.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	_, err := it.Exec(ctx, "<string>", `
import gopy
try:
    while True:
        pass
except gopy.Cancelled as e:
    print('stopped:', e)
    raise
`)
	fmt.Println(errors.Is(err, context.DeadlineExceeded), err)
	// Output:
	// stopped: context deadline exceeded
	// true gopy.Cancelled: context deadline exceeded
}

// A Go module gives the script functions written in Go; Opaque passes the host's own
// values through Python unchanged.
func ExampleModule() {
	type conn struct{ name string }
	db := &interp.Module{
		Name: "db",
		Funcs: map[string]interp.Func{
			"connect": func(ctx context.Context, args ...any) (any, error) {
				return interp.Opaque(&conn{name: args[0].(string)}), nil
			},
			"query": func(ctx context.Context, args ...any) (any, error) {
				c := args[0].(*conn)
				return strings.ToUpper(c.name + ": " + args[1].(string)), nil
			},
		},
	}
	it := interp.New(interp.Options{Modules: []*interp.Module{db}, Stdout: os.Stdout})
	defer it.Close()
	_, err := it.Exec(context.Background(), "<string>", "import db\nc = db.connect('main')\nprint(db.query(c, 'select 1'))\n")
	fmt.Println(err)
	// Output:
	// MAIN: SELECT 1
	// <nil>
}

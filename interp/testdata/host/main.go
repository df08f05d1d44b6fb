// Command host is an embedding program for interp's tests: it gives its interpreter a Go
// module, calls interp.Main first unless -nomain is given, and runs the script named by its
// first argument, whose children use the module.
package main

import (
	"context"
	"fmt"
	"os"
	"strings"

	"github.com/gopyrt/gopy/interp"
)

var shout = &interp.Module{
	Name: "hostmod",
	Funcs: map[string]interp.Func{
		"shout": func(ctx context.Context, args ...any) (any, error) {
			return strings.ToUpper(args[0].(string)) + "!", nil
		},
	},
}

func main() {
	args := os.Args[1:]
	if len(args) > 0 && args[0] == "-nomain" {
		args = args[1:]
	} else {
		interp.Main(shout)
	}
	it := interp.New(interp.Options{Modules: []*interp.Module{shout}})
	defer it.Close()
	_, err := it.Exec(context.Background(), args[0], nil)
	if err != nil {
		fmt.Println("error:", err)
	}
}

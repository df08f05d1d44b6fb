// Command embed shows a Go program running a Python script with gopy. The script may start
// multiprocessing children: they are this same binary re-executed, served by interp's init
// function before main runs, so nothing else is needed.
//
//	go run ./examples/embed examples/post.py
package main

import (
	"fmt"
	"os"

	"github.com/gopyrt/gopy/interp"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: embed script.py [arg ...]")
		os.Exit(2)
	}
	it := interp.New(interp.Options{})
	status, err := it.RunFile(os.Args[1], os.Args[2:])
	if err != nil {
		fmt.Fprintln(os.Stderr, "embed:", err)
	}
	it.Close()
	os.Exit(status)
}

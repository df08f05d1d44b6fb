// Command embed shows a Go program that embeds gopy: it gives its interpreter a module
// written in Go (wordstats), runs a Python script whose multiprocessing Pool workers call
// that module, and prints what the script returns.
//
//	go run ./examples/embed
//
// The Pool's workers are this program re-executed: interp.Main, called first thing in main,
// serves them, with the same Go module.
package main

import (
	"context"
	"fmt"
	"os"
	"strings"

	"github.com/gopyrt/gopy/interp"
)

// wordstats is the Go module the script imports.
var wordstats = &interp.Module{
	Name: "wordstats",
	Doc:  "Word statistics computed in Go.",
	Funcs: map[string]interp.Func{
		// count(text) -> {word: occurrences}
		"count": func(ctx context.Context, args ...any) (any, error) {
			if len(args) != 1 {
				return nil, &interp.Error{Type: "TypeError", Message: "count() takes exactly one argument"}
			}
			text, ok := args[0].(string)
			if !ok {
				return nil, &interp.Error{Type: "TypeError", Message: "count() argument must be str"}
			}
			counts := map[string]int{}
			for _, w := range strings.Fields(strings.ToLower(text)) {
				counts[strings.Trim(w, ".,;:!?")]++
			}
			return counts, nil
		},
	},
}

// script counts the words of each line in a Pool worker and merges the counts.
const script = `
from multiprocessing import Pool
import wordstats

def count_line(line):
    return wordstats.count(line)

def run(lines):
    total = {}
    with Pool(2) as pool:
        for counts in pool.map(count_line, lines):
            for word, n in counts.items():
                total[word] = total.get(word, 0) + n
    return sorted(total.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
`

func main() {
	interp.Main(wordstats) // in a Pool worker: serves it and exits
	if err := run(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "embed:", err)
		os.Exit(1)
	}
}

// run makes the interpreter, defines the script's functions and calls run() with lines
// from Go, printing the three most frequent words.
func run(out *os.File) error {
	it := interp.New(interp.Options{Modules: []*interp.Module{wordstats}, Stdout: out})
	defer it.Close()
	ctx := context.Background()
	if _, err := it.Exec(ctx, "wordcount.py", script); err != nil {
		return err
	}
	lines := []string{
		"the quick brown fox",
		"jumps over the lazy dog.",
		"The dog sleeps; the fox runs!",
	}
	res, err := it.Call(ctx, "run", lines)
	if err != nil {
		return err // an *interp.Error: res.Traceback has the Python traceback
	}
	top, err := interp.ToGo(res)
	if err != nil {
		return err
	}
	for _, kv := range top.([]any) {
		pair := kv.([]any)
		fmt.Fprintf(out, "%s %d\n", pair[0], pair[1])
	}
	return nil
}

// Command gopy runs Python scripts with gopy, like python3:
//
//	gopy script.py [arg ...]   run a script
//	gopy -c 'code' [arg ...]   run source given on the command line
//	gopy -m module [arg ...]   run a module's source (a package's __main__.py) as __main__
//	gopy - [arg ...]           run source read from standard input
//	gopy                       interactive prompt on a terminal, else read standard input
//	gopy -V | --version        print the version
//
// The exit status is the script's, with CPython's rules. Options python3 accepts that do not
// change a script's behaviour under gopy (-B -E -I -s -S -q) are accepted and ignored; -u
// makes stdout and stderr unbuffered, as PYTHONUNBUFFERED does.
package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"unicode/utf8"

	"golang.org/x/sys/unix"

	"github.com/gopyrt/gopy/interp"
)

const usage = "usage: gopy [option] ... [-c cmd | -m mod | file | -] [arg] ..."

const help = usage + `
Options:
-c cmd : program passed in as string (terminates option list)
-m mod : run library module as a script (terminates option list)
-h     : print this help message and exit (also -? or --help)
-V     : print the gopy version number and exit (also --version)
-u     : unbuffered stdout and stderr (also PYTHONUNBUFFERED=x)
-W arg : warning control; arg is action:message:category:module:lineno
         also PYTHONWARNINGS=arg
-B -E -I -q -s -S : accepted for compatibility with python3; no effect
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]
`

func main() {
	interp.PaceCollector() // children too: a Pool worker's work is paced as the parent's
	interp.Main()          // a multiprocessing child: served here
	stop := startProfile()
	status := run(os.Args[1:], os.Stdout, os.Stderr)
	stop()
	interp.Exit(status)
}

func run(args []string, stdout, stderr io.Writer) int {
	var opts interp.Options
	for len(args) > 0 {
		a := args[0]
		switch {
		case strings.HasPrefix(a, "-W"):
			w := a[2:]
			if w == "" {
				if len(args) < 2 {
					fmt.Fprintf(stderr, "Argument expected for the -W option\n%s\nTry `gopy -h' for more information.\n", usage)
					return 2
				}
				w, args = args[1], args[1:]
			}
			opts.WarnOptions = append(opts.WarnOptions, w)
			// Spawned children apply them too, as CPython passes -W to spawned interpreters.
			os.Setenv(interp.WarnOptionsEnv, strings.Join(opts.WarnOptions, "\n"))
			args = args[1:]
			continue
		case a == "-V" || a == "--version":
			fmt.Fprintf(stdout, "gopy %s (Python 3.11 compatible)\n", interp.Version)
			return 0
		case a == "-h" || a == "-?" || a == "--help":
			fmt.Fprint(stdout, help)
			return 0
		case a == "-c":
			if len(args) < 2 {
				fmt.Fprintf(stderr, "Argument expected for the -c option\n%s\nTry `gopy -h' for more information.\n", usage)
				return 2
			}
			if !utf8.ValidString(args[1]) {
				// CPython decodes the command with surrogateescape, then cannot encode it.
				fmt.Fprintf(stderr, "Unable to decode the command from the command line:\n%s\n", undecodable(args[1]))
				return 1
			}
			it := interp.New(opts)
			defer it.Close()
			return it.RunString(args[1], args[2:])
		case a == "-m":
			if len(args) < 2 {
				fmt.Fprintf(stderr, "Argument expected for the -m option\n%s\nTry `gopy -h' for more information.\n", usage)
				return 2
			}
			it := interp.New(opts)
			defer it.Close()
			status, err := it.RunModule(args[1], args[2:])
			if err != nil {
				fmt.Fprintf(stderr, "gopy: %v\n", err)
			}
			return status
		case a == "-" || a == "--":
			if a == "--" {
				args = args[1:]
				if len(args) > 0 {
					return runFile(opts, args[0], args[1:], stderr)
				}
			}
			return runStdin(opts, args, stderr)
		case len(a) > 1 && a[0] == '-':
			if known(a) {
				if strings.ContainsRune(a, 'u') {
					// Unbuffered stdout and stderr, here and in spawned children.
					os.Setenv("PYTHONUNBUFFERED", "1")
				}
				args = args[1:]
				continue
			}
			fmt.Fprintf(stderr, "unknown option %s\n%s\nTry `gopy -h' for more information.\n", a, usage)
			return 2
		default:
			return runFile(opts, a, args[1:], stderr)
		}
	}
	if isTerminal(0) {
		it := interp.New(opts)
		defer it.Close()
		return it.RunREPL()
	}
	return runStdin(opts, nil, stderr)
}

// known reports whether a is a python3 flag gopy accepts without effect.
func known(a string) bool {
	for _, c := range a[1:] {
		switch c {
		case 'B', 'E', 'I', 'q', 's', 'S', 'u':
		default:
			return false
		}
	}
	return true
}

func runFile(opts interp.Options, path string, args []string, stderr io.Writer) int {
	it := interp.New(opts)
	defer it.Close()
	status, err := it.RunFile(path, args)
	if err != nil {
		fmt.Fprintf(stderr, "gopy: %v\n", err)
	}
	return status
}

func runStdin(opts interp.Options, args []string, stderr io.Writer) int {
	src, err := io.ReadAll(os.Stdin)
	if err != nil {
		fmt.Fprintf(stderr, "gopy: can't read standard input: %v\n", err)
		return 2
	}
	it := interp.New(opts)
	defer it.Close()
	if len(args) == 0 {
		args = []string{"-"}
	}
	return it.RunScript(src, "<stdin>", args)
}

// undecodable is CPython's error for a command line argument that is not UTF-8: its first
// bad byte, as the lone surrogate surrogateescape made of it, cannot be encoded.
func undecodable(arg string) string {
	pos := 0
	for i := 0; i < len(arg); {
		r, n := utf8.DecodeRuneInString(arg[i:])
		if r == utf8.RuneError && n <= 1 {
			return fmt.Sprintf("UnicodeEncodeError: 'utf-8' codec can't encode character '\\udc%02x' in position %d: surrogates not allowed", arg[i], pos)
		}
		i += n
		pos++
	}
	return ""
}

func isTerminal(fd int) bool {
	_, err := unix.IoctlGetTermios(fd, unix.TCGETS)
	return err == nil
}

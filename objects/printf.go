package objects

import "github.com/go-python/gpython/py"

// Mod computes a % b; for a str it is printf-style formatting (compiler.RT.Mod).
func Mod(a, b py.Object) (py.Object, error) {
	return py.Mod(a, b)
}

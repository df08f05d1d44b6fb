package libm

import (
	"bufio"
	"bytes"
	"fmt"
	"math"
	"math/rand"
	"os/exec"
	"strconv"
	"strings"
	"testing"
)

// The functions are compared with python3's math module, which calls the C library, on
// random arguments over the ranges that matter; the test is skipped without python3.

type fn1 struct {
	name   string
	f      func(float64) float64
	lo, hi float64
	maxBad float64 // largest tolerated fraction of differing results
}

var fns1 = []fn1{
	{"exp", Exp, -745, 709, 0.005}, {"exp", Exp, -1, 1, 0.005},
	{"exp2", Exp2, -1074, 1023, 0.005}, {"expm1", Expm1, -40, 40, 0.005}, {"expm1", Expm1, -0.5, 0.5, 0.005},
	{"log", Log, 0, 1e300, 0.005}, {"log", Log, 0.5, 2, 0.005}, {"log2", Log2, 0, 1e10, 0.005},
	{"log10", Log10, 0, 1e10, 0.005}, {"log1p", Log1p, -1, 10, 0.005}, {"log1p", Log1p, -1e-5, 1e-5, 0.005},
	{"sin", Sin, -10, 10, 0.005}, {"sin", Sin, -1e6, 1e6, 0.005}, {"cos", Cos, -10, 10, 0.005}, {"cos", Cos, -1e6, 1e6, 0.005},
	{"tan", Tan, -10, 10, 0.005}, {"sin", Sin, -1e300, 1e300, 0.005}, {"tan", Tan, -1e300, 1e300, 0.005}, {"asin", Asin, -1, 1, 0.005}, {"acos", Acos, -1, 1, 0.005},
	{"atan", Atan, -10, 10, 0.005}, {"atan", Atan, -1e20, 1e20, 0.005},
	{"sinh", Sinh, -30, 30, 0.005}, {"sinh", Sinh, -1, 1, 0.005}, {"cosh", Cosh, -30, 30, 0.005}, {"tanh", Tanh, -25, 25, 0.005},
	{"asinh", Asinh, -10, 10, 0.005}, {"asinh", Asinh, -1e10, 1e10, 0.005}, {"acosh", Acosh, 1, 10, 0.005}, {"acosh", Acosh, 1, 1e10, 0.005},
	{"atanh", Atanh, -1, 1, 0.005}, {"erf", Erf, -7, 7, 0.005}, {"erfc", Erfc, -7, 30, 0.005},
	{"cbrt", Cbrt, -100, 100, 0.005}, {"cbrt", Cbrt, -1e300, 1e300, 0.005},
}

type fn2 struct {
	name             string
	f                func(float64, float64) float64
	lo, hi, lo2, hi2 float64
	maxBad           float64
}

var fns2 = []fn2{
	{"pow", Pow, 0, 10, -5, 5, 0.005}, {"pow", Pow, 0, 1e10, -30, 30, 0.005},
	{"atan2", Atan2, -10, 10, -10, 10, 0.005},
}

// sample draws n arguments from [lo, hi]: uniformly, or log-uniformly for wide ranges.
func sample(r *rand.Rand, lo, hi float64) float64 {
	if hi-lo > 1e4 && lo >= 0 {
		return math.Exp(r.Float64()*(math.Log(hi)-math.Log(math.Max(lo, 1e-300))) + math.Log(math.Max(lo, 1e-300)))
	}
	return lo + r.Float64()*(hi-lo)
}

// python evaluates expressions of math's functions in python3, one per line.
func python(t *testing.T, lines []string) []string {
	t.Helper()
	if _, err := exec.LookPath("python3"); err != nil {
		t.Skip("python3 not found")
	}
	prog := "import math,sys\nfor l in sys.stdin:\n  n,*a=l.split()\n  a=[float.fromhex(x) for x in a]\n  try: print(getattr(math,n)(*a).hex())\n  except Exception as e: print(type(e).__name__)\n"
	cmd := exec.Command("python3", "-c", prog)
	cmd.Stdin = strings.NewReader(strings.Join(lines, "\n") + "\n")
	out, err := cmd.Output()
	if err != nil {
		t.Fatal(err)
	}
	var res []string
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		res = append(res, sc.Text())
	}
	return res
}

func hexf(f float64) string { return strconv.FormatFloat(f, 'x', -1, 64) }

func parseHex(s string) (float64, bool) {
	switch s {
	case "OverflowError":
		return math.Inf(1), true
	case "ValueError":
		return math.NaN(), true
	}
	if !strings.Contains(s, "0x") && s != "inf" && s != "-inf" && s != "nan" {
		return 0, false
	}
	f, err := strconv.ParseFloat(s, 64)
	return f, err == nil
}

func TestAgainstPython(t *testing.T) {
	const n = 4000
	r := rand.New(rand.NewSource(1))
	var lines []string
	type job struct {
		name   string
		maxBad float64
		args   [][]float64
		got    []float64
	}
	var jobs []*job
	for _, f := range fns1 {
		j := &job{name: f.name, maxBad: f.maxBad}
		for i := 0; i < n; i++ {
			x := sample(r, f.lo, f.hi)
			if f.lo < 0 && f.hi-f.lo > 1e4 && r.Intn(2) == 0 {
				x = -sample(r, 0, -f.lo)
			}
			j.args = append(j.args, []float64{x})
			j.got = append(j.got, f.f(x))
			lines = append(lines, f.name+" "+hexf(x))
		}
		jobs = append(jobs, j)
	}
	for _, f := range fns2 {
		j := &job{name: f.name, maxBad: f.maxBad}
		for i := 0; i < n; i++ {
			x, y := sample(r, f.lo, f.hi), sample(r, f.lo2, f.hi2)
			j.args = append(j.args, []float64{x, y})
			j.got = append(j.got, f.f(x, y))
			lines = append(lines, f.name+" "+hexf(x)+" "+hexf(y))
		}
		jobs = append(jobs, j)
	}
	want := python(t, lines)
	k := 0
	for _, j := range jobs {
		bad := 0
		var example string
		for i := range j.args {
			w, ok := parseHex(want[k])
			k++
			g := j.got[i]
			if ok && (w == g || (math.IsNaN(w) && math.IsNaN(g)) || (math.IsInf(w, 1) && math.IsInf(g, 0))) {
				continue
			}
			bad++
			if example == "" {
				example = fmt.Sprintf("%s(%v) = %v, python3 %s", j.name, j.args[i], g, want[k-1])
			}
		}
		frac := float64(bad) / float64(len(j.args))
		t.Logf("%-6s %4d/%d differ %s", j.name, bad, len(j.args), example)
		if frac > j.maxBad {
			t.Errorf("%s: %d of %d results differ from python3's (%s)", j.name, bad, len(j.args), example)
		}
	}
}

// specials are the arguments where C99's special cases and the edges of each range live.
var specials = []float64{0, math.Copysign(0, -1), 1, -1, 2, -2, 0.5, -0.5, math.Inf(1), math.Inf(-1), math.NaN(),
	5e-324, -5e-324, 1e-310, 2.2250738585072014e-308, 1e-300, 1e-20, 0x1p-28, 0x1p-54, 1e-8, 3, 22, 22.5, 28, 30, 100,
	709.78, 709.8, 710.4, 711, 745.1, 745.2, 746, -709.78, -745.1, -745.2, -746, -1074.5, 1023.9, 1024, 1e300, 1.7e308, -1e300,
	0.84375, 1.25, 6, 0.7853981633974483, 1.5707963267948966, 3.141592653589793, 1e6, 1e9, 1e22, 1e100}

func TestSpecialsAgainstPython(t *testing.T) {
	var lines []string
	var got []float64
	for _, f := range fns1 {
		for _, x := range specials {
			lines = append(lines, f.name+" "+hexf(x))
			got = append(got, f.f(x))
		}
	}
	for _, f := range fns2 {
		for _, x := range specials {
			for _, y := range specials[:20] {
				if f.name == "pow" && (x <= 0 || math.IsInf(x, 0) || math.IsNaN(x) || math.IsInf(y, 0) || math.IsNaN(y)) {
					continue // math.pow handles these before the C library
				}
				lines = append(lines, f.name+" "+hexf(x)+" "+hexf(y))
				got = append(got, f.f(x, y))
			}
		}
	}
	want := python(t, lines)
	for i, l := range lines {
		w, ok := parseHex(want[i])
		g := got[i]
		same := ok && (math.Float64bits(w) == math.Float64bits(g) || (math.IsNaN(w) && math.IsNaN(g)) || (math.IsInf(w, 1) && math.IsInf(g, 0)))
		if !same && !(want[i] == "ValueError" && math.IsInf(g, 0)) {
			t.Errorf("%s: got %s, python3 %s", l, hexf(g), want[i])
		}
	}
}

package objects

import (
	"cmp"
	"math"
	"slices"

	"github.com/go-python/gpython/py"
)

// Sorting calls a comparison (often Python code) for every pair it looks at, so the number of
// comparisons is what counts. sort.SliceStable merges in place (insertion sort, then
// rotations), which looks at about n*log2(n)^2/2 pairs; mergeSort merges through a buffer:
// at most about n*log2(n), and n-1 for input that is already in order.

// insertionRun is the length of the runs sorted by insertion before the merges.
const insertionRun = 12

// mergeSort sorts idx stably by less. After an error from less it stops comparing and
// returns the error (idx is then a permutation in no particular order).
func mergeSort(idx []int, less func(a, b int) (bool, error)) error {
	n := len(idx)
	for lo := 0; lo < n; lo += insertionRun {
		hi := min(lo+insertionRun, n)
		for i := lo + 1; i < hi; i++ {
			for j := i; j > lo; j-- {
				lt, err := less(idx[j], idx[j-1])
				if err != nil {
					return err
				}
				if !lt {
					break
				}
				idx[j], idx[j-1] = idx[j-1], idx[j]
			}
		}
	}
	if n <= insertionRun {
		return nil
	}
	src, dst := idx, make([]int, n)
	for width := insertionRun; width < n; width *= 2 {
		for lo := 0; lo < n; lo += 2 * width {
			mid, hi := min(lo+width, n), min(lo+2*width, n)
			if err := merge(dst[lo:hi], src[lo:mid], src[mid:hi], less); err != nil {
				return err
			}
		}
		src, dst = dst, src
	}
	if &src[0] != &idx[0] {
		copy(idx, src)
	}
	return nil
}

// merge merges the sorted runs a and b into out (len(a)+len(b) long), taking from a on ties.
func merge(out, a, b []int, less func(a, b int) (bool, error)) error {
	if len(a) > 0 && len(b) > 0 {
		// Runs already in order (sorted input) cost one comparison.
		lt, err := less(b[0], a[len(a)-1])
		if err != nil {
			return err
		}
		if !lt {
			copy(out, a)
			copy(out[len(a):], b)
			return nil
		}
	}
	i, j, k := 0, 0, 0
	for i < len(a) && j < len(b) {
		lt, err := less(b[j], a[i])
		if err != nil {
			return err
		}
		if lt {
			out[k] = b[j]
			j++
		} else {
			out[k] = a[i]
			i++
		}
		k++
	}
	k += copy(out[k:], a[i:])
	copy(out[k:], b[j:])
	return nil
}

// sortIndexes sorts idx (positions in keys) stably by the keys: directly when sortDirect
// can, otherwise by Less through mergeSort.
func sortIndexes(idx []int, keys []py.Object) error {
	if sortDirect(idx, keys) {
		return nil
	}
	return mergeSort(idx, func(a, b int) (bool, error) { return Less(keys[a], keys[b]) })
}

// sortDirect sorts idx when every key is a float (none a NaN), every key an int or every
// key a str, which CPython's sort also checks first: the keys are compared as Go values,
// without a call per comparison. It reports whether it sorted.
func sortDirect(idx []int, keys []py.Object) bool {
	if len(keys) > math.MaxInt32 {
		return false
	}
	if len(keys) == 0 {
		return true
	}
	switch keys[0].(type) {
	case py.Float:
		if fs, ok := allOf[py.Float](keys); ok && !hasNaN(fs) {
			sortOrdered(idx, fs)
			return true
		}
	case py.Int:
		if is, ok := allOf[py.Int](keys); ok {
			sortOrdered(idx, is)
			return true
		}
	case py.String:
		if ss, ok := allOf[py.String](keys); ok {
			// UTF-8's byte order is the order of code points, as str compares.
			sortOrdered(idx, ss)
			return true
		}
	}
	return false
}

// keyed is a key, its position in the list being sorted and its place in that order.
type keyed[T cmp.Ordered] struct {
	key      T
	pos, idx int32
}

// sortOrdered sorts idx by keys[idx[i]]; equal keys keep their order (the positions break
// ties), so an unstable sort gives the stable order.
func sortOrdered[T cmp.Ordered](idx []int, keys []T) {
	ps := make([]keyed[T], len(idx))
	for p, i := range idx {
		ps[p] = keyed[T]{keys[i], int32(p), int32(i)}
	}
	slices.SortFunc(ps, func(a, b keyed[T]) int {
		if a.key < b.key {
			return -1
		}
		if b.key < a.key {
			return 1
		}
		return int(a.pos - b.pos)
	})
	for p, k := range ps {
		idx[p] = int(k.idx)
	}
}

// hasNaN reports whether a NaN is among fs (with a NaN, < is no order and the general
// sort's choices are kept).
func hasNaN(fs []py.Float) bool {
	for _, f := range fs {
		if f != f {
			return true
		}
	}
	return false
}

// allOf returns keys as a slice of T when every key's Go type is T.
func allOf[T py.Object](keys []py.Object) ([]T, bool) {
	out := make([]T, len(keys))
	for i, k := range keys {
		v, ok := k.(T)
		if !ok {
			return nil, false
		}
		out[i] = v
	}
	return out, true
}

package cmath

// Special-value tables of C99 Annex G, as CPython's cmath uses them: for each function, the
// result for the seven classes of real part (rows) and imaginary part (columns): -inf,
// negative, -0, +0, positive, +inf, nan. Entries are "re im" with i = inf, z = zero, n = nan,
// p = pi, h = pi/2, q = pi/4, t = 3pi/4 (a leading - negates); u marks cases
// computed instead or that raise. They are CPython 3.11's (later versions changed a few NaN
// cases).

var specialTables = map[string]string{
	"acos":  "t/i p/i p/i p/-i p/-i t/-i n/i | h/i u/u u/u u/u u/u h/-i n/n | h/i u/u u/u u/u u/u h/-i h/n | h/i u/u u/u u/u u/u h/-i h/n | h/i u/u u/u u/u u/u h/-i n/n | q/i z/i z/i z/-i z/-i q/-i n/i | n/i n/n n/n n/n n/n n/-i n/n",
	"acosh": "i/-t i/-p i/-p i/p i/p i/t i/n | i/-h u/u u/u u/u u/u i/h n/n | i/-h u/u u/u u/u u/u i/h n/n | i/-h u/u u/u u/u u/u i/h n/n | i/-h u/u u/u u/u u/u i/h n/n | i/-q i/-z i/-z i/z i/z i/q i/n | i/n n/n n/n n/n n/n i/n n/n",
	"asinh": "-i/-q -i/-z -i/-z -i/z -i/z -i/q -i/n | -i/-h u/u u/u u/u u/u -i/h n/n | -i/-h u/u u/u u/u u/u -i/h n/n | i/-h u/u u/u u/u u/u i/h n/n | i/-h u/u u/u u/u u/u i/h n/n | i/-q i/-z i/-z i/z i/z i/q i/n | i/n n/n n/-z n/z n/n i/n n/n",
	"atanh": "-z/-h -z/-h -z/-h -z/h -z/h -z/h -z/n | -z/-h u/u u/u u/u u/u -z/h n/n | -z/-h u/u u/u u/u u/u -z/h -z/n | z/-h u/u u/u u/u u/u z/h z/n | z/-h u/u u/u u/u u/u z/h n/n | z/-h z/-h z/-h z/h z/h z/h z/n | z/-h n/n n/n n/n n/n z/h n/n",
	"cosh":  "u/u u/u i/z i/-z u/u u/u i/n | u/u u/u u/u u/u u/u u/u n/n | u/u u/u u/u u/u u/u u/u n/z | u/u u/u u/u u/u u/u u/u n/z | u/u u/u u/u u/u u/u u/u n/n | u/u u/u i/-z i/z u/u u/u i/n | n/n n/n n/z n/z n/n n/n n/n",
	"exp":   "z/z u/u z/-z z/z u/u z/z z/z | u/u u/u u/u u/u u/u u/u n/n | u/u u/u u/u u/u u/u u/u n/n | u/u u/u u/u u/u u/u u/u n/n | u/u u/u u/u u/u u/u u/u n/n | u/u u/u i/-z i/z u/u u/u i/n | n/n n/n n/-z n/z n/n n/n n/n",
	"log":   "i/-t i/-p i/-p i/p i/p i/t i/n | i/-h u/u u/u u/u u/u i/h n/n | i/-h u/u u/u u/u u/u i/h n/n | i/-h u/u u/u u/u u/u i/h n/n | i/-h u/u u/u u/u u/u i/h n/n | i/-q i/-z i/-z i/z i/z i/q i/n | i/n n/n n/n n/n n/n i/n n/n",
	"sinh":  "u/u u/u -i/-z -i/z u/u u/u i/n | u/u u/u u/u u/u u/u u/u n/n | u/u u/u u/u u/u u/u u/u z/n | u/u u/u u/u u/u u/u u/u z/n | u/u u/u u/u u/u u/u u/u n/n | u/u u/u i/-z i/z u/u u/u i/n | n/n n/n n/-z n/z n/n n/n n/n",
	"sqrt":  "i/-i z/-i z/-i z/i z/i i/i n/i | i/-i u/u u/u u/u u/u i/i n/n | i/-i u/u u/u u/u u/u i/i n/n | i/-i u/u u/u u/u u/u i/i n/n | i/-i u/u u/u u/u u/u i/i n/n | i/-i i/-z i/-z i/z i/z i/i i/n | i/-i n/n n/n n/n n/n i/i n/n",
	"tanh":  "-1/z u/u -1/-z -1/z u/u -1/z -1/z | u/u u/u u/u u/u u/u u/u n/n | u/u u/u u/u u/u u/u u/u n/n | u/u u/u u/u u/u u/u u/u n/n | u/u u/u u/u u/u u/u u/u n/n | 1/z u/u 1/-z 1/z u/u 1/z 1/z | n/n n/n n/-z n/z n/n n/n n/n",
	"rect":  "u/u u/u -i/z -i/-z u/u u/u i/n | u/u u/u u/u u/u u/u u/u n/n | z/z u/u u/u u/u u/u z/z z/z | z/z u/u u/u u/u u/u z/z z/z | u/u u/u u/u u/u u/u u/u n/n | u/u u/u i/-z i/z u/u u/u i/n | n/n n/n n/z n/z n/n n/n n/n",
}

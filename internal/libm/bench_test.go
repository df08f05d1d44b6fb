package libm

import (
	"math"
	"testing"
)

var sink float64

func BenchmarkSin(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sink += Sin(float64(i%1000) * 0.01)
	}
}

func BenchmarkGoSin(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sink += math.Sin(float64(i%1000) * 0.01)
	}
}

func BenchmarkExp(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sink += Exp(float64(i%1000) * 0.01)
	}
}

func BenchmarkLog(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sink += Log(float64(i%1000)*0.01 + 0.5)
	}
}

func BenchmarkPow(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sink += Pow(float64(i%1000)*0.01+0.5, 1.7)
	}
}

func BenchmarkAtan(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sink += Atan(float64(i%1000)*0.01 + 0.5)
	}
}

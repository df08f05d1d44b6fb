package expat

import (
	"fmt"
	"strings"
	"testing"
)

// BenchmarkFeed scans a 2 MB document of 20,000 small records.
func BenchmarkFeed(b *testing.B) {
	var doc strings.Builder
	doc.WriteString("<?xml version=\"1.0\"?>\n<catalog>\n")
	for i := 0; i < 20000; i++ {
		fmt.Fprintf(&doc, "  <book id=\"b%d\" lang=\"en\">\n    <title>Title %d &amp; more</title>\n    <price>%d.50</price>\n  </book>\n", i, i, i%100)
	}
	doc.WriteString("</catalog>\n")
	data := []byte(doc.String())
	b.SetBytes(int64(len(data)))
	for i := 0; i < b.N; i++ {
		if _, err := New(true, "}").Feed(data, true); err != nil {
			b.Fatal(err)
		}
	}
}

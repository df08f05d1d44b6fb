module github.com/gopyrt/gopy

go 1.26.8

require github.com/go-python/gpython v0.2.0

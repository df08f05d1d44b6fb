module github.com/gopyrt/gopy

go 1.26.8

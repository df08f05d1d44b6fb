module github.com/gopyrt/gopy

go 1.26.8

require (
	github.com/go-python/gpython v0.2.0
	golang.org/x/crypto v0.59.0
	golang.org/x/text v0.44.0
)

require github.com/ulikunitz/xz v0.5.12

require (
	github.com/mattn/go-runewidth v0.0.13 // indirect
	github.com/peterh/liner v1.2.2 // indirect
	github.com/rivo/uniseg v0.3.4 // indirect
	golang.org/x/sys v0.50.0
)

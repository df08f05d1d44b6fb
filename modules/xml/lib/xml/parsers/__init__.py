"""Python interfaces to XML parsers."""

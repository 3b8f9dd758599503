"""Tests of the JavaScript/TypeScript detectors (tree-sitter)."""

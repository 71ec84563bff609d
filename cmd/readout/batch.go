package main

import "io"

// runBatch is a stub: the batch owner replaces this file.
func runBatch(args []string, stdout, stderr io.Writer) int { return exitOK }

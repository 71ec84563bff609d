package main

import "io"

// Stubs being written; each moves to its own file.

func runExtract(args []string, stdout, stderr io.Writer) int  { return exitOK }
func runValidate(args []string, stdout, stderr io.Writer) int { return exitOK }
func runSchema(args []string, stdout, stderr io.Writer) int   { return exitOK }
func runVersion(args []string, stdout, stderr io.Writer) int  { return exitOK }

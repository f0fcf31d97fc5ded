package main

import "io"

func cmdRun(args []string, stdout, stderr io.Writer) int     { return 0 }
func cmdEval(args []string, stdout, stderr io.Writer) int    { return 0 }
func cmdDiff(args []string, stdout, stderr io.Writer) int    { return 0 }
func cmdSchema(args []string, stdout, stderr io.Writer) int  { return 0 }
func cmdVersion(args []string, stdout, stderr io.Writer) int { return 0 }

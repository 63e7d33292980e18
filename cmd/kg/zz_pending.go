package main

// Temporary stand-ins for commands other engineers are writing; each is
// deleted as its real file lands.

import "github.com/urfave/cli/v2"

func pending(name string) *cli.Command {
	return &cli.Command{Name: name, Usage: "(not yet available)", Hidden: true}
}

func exportCommand() *cli.Command { return pending("export") }
func vocabCommand() *cli.Command  { return pending("vocab") }

package main

import (
	"strings"

	"github.com/urfave/cli/v2"
)

// canonicalFlags rewrites the short and alternative spellings of the
// flags of the command args run (-p, --f=x) into their names (--predicate,
// --format=x), so that a repeatable flag given in both spellings
// (--predicate met -p visited) gathers every value: the flag parser refuses
// "two forms of the same flag". Arguments after "--" are left alone.
func canonicalFlags(app *cli.App, args []string) []string {
	if len(args) < 2 {
		return args
	}
	var cmd *cli.Command
	out := append([]string(nil), args...)
	for i := 1; i < len(out); i++ {
		a := out[i]
		if a == "--" {
			break
		}
		if !strings.HasPrefix(a, "-") {
			// The command, then a subcommand (kg ner train).
			var list []*cli.Command
			if cmd == nil {
				list = app.Commands
			} else {
				list = cmd.Subcommands
			}
			for _, c := range list {
				if c.HasName(a) {
					cmd = c
					break
				}
			}
			continue
		}
		if cmd == nil {
			continue
		}
		name, val, hasVal := strings.Cut(strings.TrimLeft(a, "-"), "=")
		if canon := canonicalName(cmd, name); canon != "" && canon != name {
			out[i] = "--" + canon
			if hasVal {
				out[i] += "=" + val
			}
		}
	}
	return out
}

// canonicalName returns the name of cmd's flag that name spells, or "".
func canonicalName(cmd *cli.Command, name string) string {
	for _, f := range cmd.Flags {
		names := f.Names()
		for _, n := range names[1:] {
			if n == name {
				return names[0]
			}
		}
	}
	return ""
}

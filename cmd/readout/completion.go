package main

import (
	"flag"
	"fmt"
	"io"
	"sort"
	"strings"
)

// completionShells are the shells readout completion writes scripts for.
var completionShells = []string{"bash", "zsh", "fish"}

const completionHelp = `Usage: readout completion bash|zsh|fish

Print a script that completes readout's commands, flags, flag values
(--format yaml|json, --input html|text) and file names in the shell.
`

const completionFooter = `
Examples:
  source <(readout completion bash)                      # in ~/.bashrc
  readout completion zsh > "${fpath[1]}/_readout"        # then restart zsh
  readout completion fish > ~/.config/fish/completions/readout.fish
`

// runCompletion is the completion command.
func runCompletion(args []string, stdout, stderr io.Writer) int {
	_, pos, code, ok := parseCommand("completion", completionHelp, completionFooter, nil, args, stdout, stderr)
	if !ok {
		return code
	}
	if len(pos) != 1 {
		return usageError(stderr, "completion", "want one shell: bash, zsh or fish")
	}
	switch strings.ToLower(pos[0]) {
	case "bash":
		writeBashCompletion(stdout, completionSpecs())
	case "zsh":
		fmt.Fprint(stdout, "#compdef readout\n# zsh completion for readout: readout completion zsh > \"${fpath[1]}/_readout\"\n"+
			"autoload -U +X bashcompinit && bashcompinit\n")
		writeBashCompletion(stdout, completionSpecs())
	case "fish":
		writeFishCompletion(stdout, completionSpecs())
	default:
		msg := fmt.Sprintf("no completion for %q: want bash, zsh or fish", terminalSafe(pos[0]))
		if near := nearest(pos[0], completionShells); near != "" {
			msg += fmt.Sprintf(" (did you mean %s?)", near)
		}
		return usageError(stderr, "completion", msg)
	}
	return exitOK
}

// flagSpec is one flag as completion sees it.
type flagSpec struct {
	name    string
	usage   string
	boolean bool
	choices []string // the values an enum flag takes
}

// commandSpec is one command as completion sees it.
type commandSpec struct {
	name, summary string
	flags         []flagSpec
	args          []string // argFiles, argDirs, argNone or words
}

// completionSpecs reads every command's flags from its flag set.
func completionSpecs() []commandSpec {
	var specs []commandSpec
	for _, c := range commands() {
		s := commandSpec{name: c.name, summary: c.summary, args: c.args}
		fs := flag.NewFlagSet(c.name, flag.ContinueOnError)
		if c.flags != nil {
			c.flags(fs)
		}
		fs.VisitAll(func(f *flag.Flag) {
			_, usage := flag.UnquoteUsage(f)
			if i := strings.Index(usage, " ("); i > 0 {
				usage = usage[:i]
			}
			spec := flagSpec{name: f.Name, usage: usage}
			if b, ok := f.Value.(interface{ IsBoolFlag() bool }); ok && b.IsBoolFlag() {
				spec.boolean = true
			}
			if e, ok := f.Value.(*enumValue); ok {
				spec.choices = e.choices
			}
			s.flags = append(s.flags, spec)
		})
		sort.Slice(s.flags, func(i, j int) bool { return s.flags[i].name < s.flags[j].name })
		specs = append(specs, s)
	}
	return specs
}

// dash writes a flag as the user types it: -o, --format.
func dash(name string) string {
	if len(name) == 1 {
		return "-" + name
	}
	return "--" + name
}

// writeBashCompletion writes a bash completion function for readout.
func writeBashCompletion(w io.Writer, specs []commandSpec) {
	var names []string
	for _, s := range specs {
		names = append(names, s.name)
	}
	fmt.Fprintf(w, `# bash completion for readout: source <(readout completion bash)
_readout() {
	local cur prev cmd
	cur="${COMP_WORDS[COMP_CWORD]}"
	prev="${COMP_WORDS[COMP_CWORD-1]}"
	if [ "$COMP_CWORD" -eq 1 ]; then
		COMPREPLY=($(compgen -W "%s help" -- "$cur"))
		return
	fi
	cmd="${COMP_WORDS[1]}"
	case "$cmd" in
`, strings.Join(names, " "))
	for _, s := range specs {
		fmt.Fprintf(w, "\t%s)\n", s.name)
		var all []string
		var valued []string
		for _, f := range s.flags {
			all = append(all, dash(f.name))
			if len(f.choices) > 0 {
				fmt.Fprintf(w, "\t\tcase \"$prev\" in %s|-%s) COMPREPLY=($(compgen -W %q -- \"$cur\")); return ;; esac\n",
					dash(f.name), f.name, strings.Join(f.choices, " "))
			} else if !f.boolean {
				valued = append(valued, dash(f.name), "-"+f.name)
			}
		}
		if len(valued) > 0 {
			// A flag's value: a file name, a date, a size.
			fmt.Fprintf(w, "\t\tcase \"$prev\" in %s) COMPREPLY=($(compgen -f -- \"$cur\")); return ;; esac\n", strings.Join(valued, "|"))
		}
		if len(all) > 0 {
			fmt.Fprintf(w, "\t\tif [[ \"$cur\" == -* ]]; then COMPREPLY=($(compgen -W %q -- \"$cur\")); return; fi\n", strings.Join(all, " "))
		}
		switch {
		case len(s.args) == 1 && s.args[0] == argFiles[0]:
			fmt.Fprint(w, "\t\tCOMPREPLY=($(compgen -f -- \"$cur\"))\n")
		case len(s.args) == 1 && s.args[0] == argDirs[0]:
			fmt.Fprint(w, "\t\tCOMPREPLY=($(compgen -d -- \"$cur\"))\n")
		case len(s.args) > 0:
			fmt.Fprintf(w, "\t\tCOMPREPLY=($(compgen -W %q -- \"$cur\"))\n", strings.Join(s.args, " "))
		default:
			fmt.Fprint(w, "\t\tCOMPREPLY=()\n")
		}
		fmt.Fprint(w, "\t\t;;\n")
	}
	fmt.Fprintf(w, "\thelp) COMPREPLY=($(compgen -W %q -- \"$cur\")) ;;\n", strings.Join(names, " "))
	fmt.Fprint(w, "\tesac\n}\ncomplete -o filenames -o bashdefault -F _readout readout\n")
}

// writeFishCompletion writes fish completions for readout.
func writeFishCompletion(w io.Writer, specs []commandSpec) {
	fmt.Fprint(w, "# fish completion for readout: readout completion fish > ~/.config/fish/completions/readout.fish\ncomplete -c readout -f\n")
	var names []string
	for _, s := range specs {
		names = append(names, s.name)
	}
	for _, s := range specs {
		fmt.Fprintf(w, "complete -c readout -n __fish_use_subcommand -a %s -d %s\n", s.name, fishQuote(s.summary))
	}
	fmt.Fprintf(w, "complete -c readout -n __fish_use_subcommand -a help -d 'help on a command'\n")
	fmt.Fprintf(w, "complete -c readout -n '__fish_seen_subcommand_from help' -a %s\n", fishQuote(strings.Join(names, " ")))
	for _, s := range specs {
		cond := fishQuote("__fish_seen_subcommand_from " + s.name)
		for _, f := range s.flags {
			opt := "-l " + f.name
			if len(f.name) == 1 {
				opt = "-s " + f.name
			}
			switch {
			case len(f.choices) > 0:
				opt += " -x -a " + fishQuote(strings.Join(f.choices, " "))
			case !f.boolean:
				opt += " -r -F"
			}
			fmt.Fprintf(w, "complete -c readout -n %s %s -d %s\n", cond, opt, fishQuote(f.usage))
		}
		switch {
		case len(s.args) == 1 && (s.args[0] == argFiles[0] || s.args[0] == argDirs[0]):
			fmt.Fprintf(w, "complete -c readout -n %s -F\n", cond)
		case len(s.args) > 0:
			fmt.Fprintf(w, "complete -c readout -n %s -x -a %s\n", cond, fishQuote(strings.Join(s.args, " ")))
		}
	}
}

// fishQuote quotes s for fish, in single quotes.
func fishQuote(s string) string {
	return "'" + strings.NewReplacer(`\`, `\\`, `'`, `\'`).Replace(s) + "'"
}

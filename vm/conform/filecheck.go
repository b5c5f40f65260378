package conform

import (
	"context"
	"fmt"
	"regexp"
	"strings"

	"github.com/hlovm/hlovm/engine"
	"github.com/hlovm/hlovm/tensor"
	"github.com/hlovm/hlovm/vm"
)

// A small FileCheck: some interpret files check what the interpreter prints
// (`stablehlo-translate --interpret ... | FileCheck %s`). The runner prints
// each entry function's results as the reference interpreter does and matches
// the file's CHECK / CHECK-NEXT lines (optionally {LITERAL}) in order, with
// FileCheck's whitespace rules: runs of blanks compare as one space, a
// pattern's surrounding blanks are ignored. {{regex}} is supported; [[VAR]]
// captures are not (such a pattern fails with its reason).

// runLine is what the file's first (non-"not") RUN line asks for.
type runLine struct {
	fileCheck bool     // output goes to FileCheck with the default CHECK prefix
	args      []string // --args="[...]": dense literals with their types
}

var argsRe = regexp.MustCompile(`--args="\[(.*)\]"`)

func parseRunLines(src string) runLine {
	var r runLine
	for _, line := range strings.Split(src, "\n") {
		i := strings.Index(line, "RUN:")
		if !strings.HasPrefix(strings.TrimSpace(line), "//") || i < 0 {
			continue
		}
		cmd := strings.TrimSpace(line[i+4:])
		if strings.HasPrefix(cmd, "not ") {
			continue
		}
		r.fileCheck = strings.Contains(cmd, "FileCheck") && !strings.Contains(cmd, "--check-prefix")
		if m := argsRe.FindStringSubmatch(cmd); m != nil {
			r.args = splitTop(m[1])
		}
		return r
	}
	return r
}

// splitTop splits s at commas outside <>, [], () and quotes.
func splitTop(s string) []string {
	var out []string
	depth, start := 0, 0
	inStr := false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '"':
			inStr = !inStr
		case inStr:
		case c == '<' || c == '[' || c == '(':
			depth++
		case c == '>' || c == ']' || c == ')':
			depth--
		case c == ',' && depth == 0:
			out = append(out, strings.TrimSpace(s[start:i]))
			start = i + 1
		}
	}
	if t := strings.TrimSpace(s[start:]); t != "" {
		out = append(out, t)
	}
	return out
}

// argBuffers evaluates "dense<...> : tensor<...>" literals by compiling a tiny
// function that returns them as constants.
func argBuffers(lits []string) ([]*tensor.Buffer, error) {
	var types, body, rets []string
	for i, l := range lits {
		j := strings.LastIndex(l, " : ")
		if !strings.HasPrefix(l, "dense<") || j < 0 {
			return nil, fmt.Errorf("argument %d: %q is not a dense literal with a type", i, l)
		}
		t := strings.TrimSpace(l[j+3:])
		types = append(types, t)
		body = append(body, fmt.Sprintf("  %%a%d = stablehlo.constant %s\n", i, l))
		rets = append(rets, fmt.Sprintf("%%a%d", i))
	}
	src := fmt.Sprintf("func.func @main() -> (%s) {\n%s  return %s : %s\n}\n",
		strings.Join(types, ", "), strings.Join(body, ""), strings.Join(rets, ", "), strings.Join(types, ", "))
	_, p, _, err := engine.Build([]byte(src), engine.Options{Name: "args"})
	if err != nil {
		return nil, err
	}
	exe, err := engine.Prepare(p)
	if err != nil {
		return nil, err
	}
	out, _, err := engine.Run(context.Background(), exe, nil, vm.Options{})
	return out, err
}

type directive struct {
	next    bool
	pattern string
	re      *regexp.Regexp
}

var checkRe = regexp.MustCompile(`//\s*CHECK(-NEXT)?(\{LITERAL\})?:(.*)$`)

// directives extracts the CHECK lines of one chunk of a file.
func directives(chunk string) ([]directive, error) {
	var out []directive
	for _, line := range strings.Split(chunk, "\n") {
		m := checkRe.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		d := directive{next: m[1] != "", pattern: normSpace(m[3])}
		if m[2] == "" {
			if strings.Contains(d.pattern, "[[") {
				return nil, fmt.Errorf("CHECK pattern %q uses FileCheck variables, which this runner does not support", d.pattern)
			}
			if strings.Contains(d.pattern, "{{") {
				var re strings.Builder
				rest := d.pattern
				for {
					i := strings.Index(rest, "{{")
					if i < 0 {
						re.WriteString(regexp.QuoteMeta(rest))
						break
					}
					j := strings.Index(rest[i:], "}}")
					if j < 0 {
						return nil, fmt.Errorf("unterminated {{ in %q", d.pattern)
					}
					re.WriteString(regexp.QuoteMeta(rest[:i]))
					re.WriteString("(?:" + rest[i+2:i+j] + ")")
					rest = rest[i+j+2:]
				}
				var err error
				if d.re, err = regexp.Compile(re.String()); err != nil {
					return nil, err
				}
			}
		}
		out = append(out, d)
	}
	return out, nil
}

func normSpace(s string) string { return strings.Join(strings.Fields(s), " ") }

// fileCheck matches directives against output in order.
func fileCheck(output string, ds []directive) error {
	lines := strings.Split(output, "\n")
	for i := range lines {
		lines[i] = normSpace(lines[i])
	}
	line, col := 0, 0 // where the next CHECK may start
	prev := -1        // line of the previous match
	find := func(d directive, l, from int) (int, bool) {
		s := lines[l][from:]
		if d.re != nil {
			if loc := d.re.FindStringIndex(s); loc != nil {
				return from + loc[1], true
			}
			return 0, false
		}
		if k := strings.Index(s, d.pattern); k >= 0 {
			return from + k + len(d.pattern), true
		}
		return 0, false
	}
	for _, d := range ds {
		if d.next {
			l := prev + 1
			if prev < 0 || l >= len(lines) {
				return fmt.Errorf("CHECK-NEXT: %q: no next line", d.pattern)
			}
			end, ok := find(d, l, 0)
			if !ok {
				return fmt.Errorf("CHECK-NEXT: %q does not match the next line %q", d.pattern, lines[l])
			}
			prev, line, col = l, l, end
			continue
		}
		found := false
		for l := line; l < len(lines); l++ {
			from := 0
			if l == line {
				from = col
			}
			if end, ok := find(d, l, from); ok {
				prev, line, col, found = l, l, end, true
				break
			}
		}
		if !found {
			return fmt.Errorf("CHECK: %q not found in the output", d.pattern)
		}
	}
	return nil
}

// splitChunks splits a file's text at its "// -----" lines, as ParseSplit
// splits the modules.
func splitChunks(src string) []string {
	var out []string
	var cur strings.Builder
	for _, line := range strings.SplitAfter(src, "\n") {
		if strings.TrimSpace(line) == "// -----" {
			out = append(out, cur.String())
			cur.Reset()
			continue
		}
		cur.WriteString(line)
	}
	return append(out, cur.String())
}

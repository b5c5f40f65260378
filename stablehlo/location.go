package stablehlo

import (
	"strconv"
	"strings"
)

// Location is a source location. Locations are kept through every reader because
// they make error messages; Equal ignores them.
type Location interface {
	String() string // the text inside loc(...)
	isLoc()
}

// UnknownLoc is loc(unknown).
type UnknownLoc struct{}

// FileLineColLoc is "file":line:col, or a range "file":line:col to endLine:endCol
// (EndLine/EndCol 0 when absent).
type FileLineColLoc struct {
	File            string
	Line, Col       int
	EndLine, EndCol int
}

// NameLoc is "name"(child); Child may be nil.
type NameLoc struct {
	Name  string
	Child Location
}

// CallSiteLoc is callsite(callee at caller).
type CallSiteLoc struct{ Callee, Caller Location }

// FusedLoc is fused[a, b] or fused<metadata>[a, b].
type FusedLoc struct {
	Locs     []Location
	Metadata Attribute
}

func (UnknownLoc) isLoc()      {}
func (*FileLineColLoc) isLoc() {}
func (*NameLoc) isLoc()        {}
func (*CallSiteLoc) isLoc()    {}
func (*FusedLoc) isLoc()       {}

func (UnknownLoc) String() string { return "unknown" }

func (l *FileLineColLoc) String() string {
	s := QuoteString(l.File) + ":" + strconv.Itoa(l.Line) + ":" + strconv.Itoa(l.Col)
	switch {
	case l.EndLine != 0 && l.EndLine != l.Line:
		s += " to " + strconv.Itoa(l.EndLine) + ":" + strconv.Itoa(l.EndCol)
	case l.EndCol != 0:
		s += " to :" + strconv.Itoa(l.EndCol)
	}
	return s
}

func (l *NameLoc) String() string {
	if l.Child == nil {
		return QuoteString(l.Name)
	}
	if _, ok := l.Child.(UnknownLoc); ok {
		return QuoteString(l.Name)
	}
	return QuoteString(l.Name) + "(" + l.Child.String() + ")"
}

func (l *CallSiteLoc) String() string {
	return "callsite(" + l.Callee.String() + " at " + l.Caller.String() + ")"
}

func (l *FusedLoc) String() string {
	parts := make([]string, len(l.Locs))
	for i, x := range l.Locs {
		parts[i] = x.String()
	}
	s := "fused"
	if l.Metadata != nil {
		s += "<" + l.Metadata.String() + ">"
	}
	return s + "[" + strings.Join(parts, ", ") + "]"
}

// Short is a one-line location for error messages: the innermost file:line:col
// found, else the first name, else "unknown location".
func Short(l Location) string {
	if f := firstFileLoc(l); f != nil {
		return f.File + ":" + strconv.Itoa(f.Line) + ":" + strconv.Itoa(f.Col)
	}
	if n, ok := l.(*NameLoc); ok {
		return n.Name
	}
	return "unknown location"
}

func firstFileLoc(l Location) *FileLineColLoc {
	switch l := l.(type) {
	case *FileLineColLoc:
		return l
	case *NameLoc:
		if l.Child != nil {
			return firstFileLoc(l.Child)
		}
	case *CallSiteLoc:
		if f := firstFileLoc(l.Callee); f != nil {
			return f
		}
		return firstFileLoc(l.Caller)
	case *FusedLoc:
		for _, x := range l.Locs {
			if f := firstFileLoc(x); f != nil {
				return f
			}
		}
	}
	return nil
}

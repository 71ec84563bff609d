package ingest

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// headingAtoms are the heading elements an unclosed tag can leave open.
var headingAtoms = map[atom.Atom]bool{atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true}

// swallowedBlocks are the block elements that never belong inside a
// heading: a parser keeps them there when the heading was not closed
// ("<h1>Title<p>lead<p>more").
var swallowedBlocks = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Ul: true, atom.Ol: true, atom.Table: true, atom.Section: true,
	atom.Article: true, atom.Blockquote: true, atom.Figure: true, atom.Dl: true, atom.Pre: true, atom.Main: true,
}

// unnestHeadings moves the block elements an unclosed heading swallowed,
// and everything after the first of them, out of the heading to follow
// it, so that "<h1>Title<p>lead" gives a title and a paragraph rather than
// a title holding the whole page. It walks the tree with an explicit
// stack, so its depth costs no recursion.
func unnestHeadings(root *html.Node) {
	stack := []*html.Node{root}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if n.Type == html.ElementNode && headingAtoms[n.DataAtom] && n.Parent != nil {
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				if c.Type != html.ElementNode || !swallowedBlocks[c.DataAtom] {
					continue
				}
				ref := n.NextSibling
				for x := c; x != nil; {
					next := x.NextSibling
					n.RemoveChild(x)
					n.Parent.InsertBefore(x, ref)
					x = next
				}
				break
			}
		}
		for c := n.LastChild; c != nil; c = c.PrevSibling {
			stack = append(stack, c)
		}
	}
}

package report

import (
	"math"
	"sort"
)

// layoutRounds is how many rounds the force layout runs: enough for a few
// hundred nodes to settle, cheap at that size (each round compares every
// pair of nodes).
const layoutRounds = 300

// maxLabels is how many of the best-connected people are named on the
// drawing; the others show their name on hover (an SVG title).
const maxLabels = 40

// layout places the network's nodes by a force layout (Fruchterman and
// Reingold: nodes repel, edges pull, a weak pull to the middle keeps
// separate groups in view), deterministic from a spiral start, then fits
// them into W x H, sizes them by records and picks the labelled ones.
func layout(net *Network) {
	n := len(net.Nodes)
	if n == 0 {
		return
	}
	x := make([]float64, n)
	y := make([]float64, n)
	// A golden-angle spiral, best-connected first in the middle.
	for i := range n {
		r := 10 * math.Sqrt(float64(i)+0.5)
		a := float64(i) * 2.399963229728653
		x[i], y[i] = r*math.Cos(a), r*math.Sin(a)
	}
	area := net.W * net.H
	k := math.Sqrt(area / float64(n))
	dx := make([]float64, n)
	dy := make([]float64, n)
	temp := net.W / 8
	for round := range layoutRounds {
		for i := range dx {
			dx[i], dy[i] = 0, 0
		}
		for i := range n {
			for j := i + 1; j < n; j++ {
				ex, ey := x[i]-x[j], y[i]-y[j]
				d2 := ex*ex + ey*ey
				if d2 < 0.01 {
					ex, ey, d2 = 0.1, 0.1, 0.02
				}
				f := k * k / d2 // repulsion k^2/d, along (ex, ey)/d
				dx[i] += ex * f
				dy[i] += ey * f
				dx[j] -= ex * f
				dy[j] -= ey * f
			}
		}
		for _, e := range net.Edges {
			ex, ey := x[e.A]-x[e.B], y[e.A]-y[e.B]
			d := math.Sqrt(ex*ex + ey*ey)
			if d == 0 {
				continue
			}
			f := d / k * (1 + 0.3*math.Log(float64(e.W))) // attraction d^2/k, along (ex, ey)/d
			dx[e.A] -= ex * f
			dy[e.A] -= ey * f
			dx[e.B] += ex * f
			dy[e.B] += ey * f
		}
		for i := range n {
			// Gravity toward the middle.
			dx[i] -= 0.01 * x[i] * k / 10
			dy[i] -= 0.01 * y[i] * k / 10
			d := math.Sqrt(dx[i]*dx[i] + dy[i]*dy[i])
			if d > 0 {
				step := math.Min(d, temp)
				x[i] += dx[i] / d * step
				y[i] += dy[i] / d * step
			}
		}
		temp = net.W / 8 * (1 - float64(round+1)/layoutRounds)
		if temp < 0.5 {
			temp = 0.5
		}
	}
	fit(net, x, y)
}

// fit stretches the positions over the drawing (each axis on its own, so
// the picture fills its frame), with a margin for labels, and sets each
// node's radius and label.
func fit(net *Network, x, y []float64) {
	const margin = 40
	minX, maxX, minY, maxY := x[0], x[0], y[0], y[0]
	for i := range x {
		minX, maxX = math.Min(minX, x[i]), math.Max(maxX, x[i])
		minY, maxY = math.Min(minY, y[i]), math.Max(maxY, y[i])
	}
	sx := (net.W - 2*margin - 120) / math.Max(maxX-minX, 1)
	sy := (net.H - 2*margin) / math.Max(maxY-minY, 1)
	maxRec := 1
	for _, nd := range net.Nodes {
		maxRec = max(maxRec, nd.Records)
	}
	for i := range net.Nodes {
		nd := &net.Nodes[i]
		nd.X = math.Round((margin+60+(x[i]-minX)*sx)*10) / 10
		nd.Y = math.Round((margin+(y[i]-minY)*sy)*10) / 10
		nd.R = math.Round((3+11*math.Sqrt(float64(nd.Records)/float64(maxRec)))*10) / 10
	}
	placeLabels(net)
}

// labelBox is the space a label takes on the drawing.
type labelBox struct{ x0, y0, x1, y1 float64 }

// placeLabels names the best-connected people whose label, to the right
// of the dot (left near the right edge), overlaps no label already placed
// and no bigger dot: a label drawn over another is read by no one.
func placeLabels(net *Network) {
	order := make([]int, len(net.Nodes))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return net.Nodes[order[a]].Degree > net.Nodes[order[b]].Degree })
	var boxes []labelBox
	placed := 0
	for _, j := range order {
		if placed >= maxLabels {
			break
		}
		nd := &net.Nodes[j]
		w := 6.3 * float64(len([]rune(shortName(nd.Name))))
		b := labelBox{nd.X + nd.R + 2, nd.Y - 7, nd.X + nd.R + 4 + w, nd.Y + 6}
		nd.LabelLeft = nd.X+nd.R+4+w > net.W-4
		if nd.LabelLeft {
			b = labelBox{nd.X - nd.R - 4 - w, nd.Y - 7, nd.X - nd.R - 2, nd.Y + 6}
		}
		free := true
		for _, o := range boxes {
			if b.x0 < o.x1 && o.x0 < b.x1 && b.y0 < o.y1 && o.y0 < b.y1 {
				free = false
				break
			}
		}
		if free {
			boxes = append(boxes, b)
			nd.Label = true
			placed++
		}
	}
}

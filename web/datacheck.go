package web

import "net/http"

// datacheckPage is the Daten-Check: the file is profiled in the browser by
// the datacheck engine compiled to WebAssembly, so it never leaves the
// visitor's computer.
func (s *Server) datacheckPage(w http.ResponseWriter, r *http.Request) error {
	p := s.newPage(r, "Daten-Check: Sind meine Daten fit für KI?")
	p.Description = "Prüfen Sie Ihre CSV- oder Excel-Datei auf KI-Tauglichkeit – direkt im Browser, ohne dass Daten Ihren Rechner verlassen."
	p.Section = "datacheck"
	return s.ui.render(w, http.StatusOK, "datacheck", p)
}

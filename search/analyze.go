package search

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	snowball "github.com/blevesearch/snowballstem"
	"github.com/blevesearch/snowballstem/german"
)

// German analysis: a text becomes tokens (runs of letters and digits, with
// hyphenated words also kept joined), each token is folded (lower case,
// umlauts and ß spelled the same way whether typed as ä or ae), stopwords are
// dropped and the rest is stemmed with the Snowball German stemmer. Compound
// words are split into known parts; see decompound.

// token is one word of a text with its byte offsets.
type token struct {
	word       string // folded
	start, end int    // byte offsets in the original text
	joined     bool   // the joined form of a hyphenated word (IT-Sicherheit → itsicherheit)
	part       bool   // a part of a hyphenated word: kept even if it looks like a stopword ("IT")
}

// tokenize splits s into folded words. A hyphenated word yields its parts and
// then, marked joined, the parts written together.
func tokenize(s string) []token {
	var toks []token
	start := -1
	groupStart, groupN := -1, 0 // the current hyphen group
	var group strings.Builder
	flushGroup := func(end int) {
		if groupN > 1 {
			for i := len(toks) - groupN; i < len(toks); i++ {
				toks[i].part = true
			}
			toks = append(toks, token{word: group.String(), start: groupStart, end: end, joined: true})
		}
		group.Reset()
		groupStart, groupN = -1, 0
	}
	lastEnd := 0
	for i, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			w := fold(s[start:i])
			toks = append(toks, token{word: w, start: start, end: i})
			if groupStart < 0 {
				groupStart = start
			}
			group.WriteString(w)
			groupN++
			lastEnd = i
			start = -1
		}
		if r != '-' && r != '‐' && r != '/' || groupStart < 0 {
			flushGroup(lastEnd)
		} else if r == '/' {
			flushGroup(lastEnd) // "Handwerk/Handel" are two words, not a compound
		}
	}
	if start >= 0 {
		w := fold(s[start:])
		toks = append(toks, token{word: w, start: start, end: len(s)})
		if groupStart < 0 {
			groupStart = start
		}
		group.WriteString(w)
		groupN++
		lastEnd = len(s)
	}
	flushGroup(lastEnd)
	return toks
}

// fold lowercases s and spells it so that the usual ways of typing German
// meet: ä, ae → a; ö, oe → o; ü, ue → u (not after a vowel or q, as in
// "neue", "Quelle"); ß → ss; other accents dropped. It follows Lucene's
// German normalisation, which the Snowball stemmer's own umlaut folding
// matches.
func fold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			ascii = false
			break
		}
	}
	var b []byte
	if ascii {
		b = []byte(s)
	} else {
		b = make([]byte, 0, len(s)+2)
		for _, r := range s {
			r = unicode.ToLower(r)
			switch r {
			case 'ä', 'à', 'á', 'â', 'ã', 'å':
				b = append(b, 'a')
			case 'ö', 'ò', 'ó', 'ô', 'õ', 'ø':
				b = append(b, 'o')
			case 'ü', 'ù', 'ú', 'û':
				b = append(b, 'u')
			case 'é', 'è', 'ê', 'ë':
				b = append(b, 'e')
			case 'í', 'ì', 'î', 'ï':
				b = append(b, 'i')
			case 'ç':
				b = append(b, 'c')
			case 'ñ':
				b = append(b, 'n')
			case 'ß':
				b = append(b, 's', 's')
			default:
				b = utf8.AppendRune(b, r)
			}
		}
	}
	// ae → a, oe → o, ue → u (unless after a vowel or q).
	out := b[:0]
	for i := 0; i < len(b); i++ {
		c := b[i]
		if c == 'e' && len(out) > 0 {
			p := out[len(out)-1]
			switch p {
			case 'a', 'o':
				continue
			case 'u':
				if len(out) < 2 || !strings.ContainsRune("aeiouyq", rune(out[len(out)-2])) {
					continue
				}
			}
		}
		out = append(out, c)
	}
	return string(out)
}

// stemCache memoises the stemmer: the vocabulary of a catalogue is small.
var stemCache = struct {
	sync.RWMutex
	m map[string]string
}{m: make(map[string]string)}

// stem returns the Snowball German stem of the folded word w.
func stem(w string) string {
	if len(w) <= 3 || !isLetters(w) {
		return w
	}
	stemCache.RLock()
	s, ok := stemCache.m[w]
	stemCache.RUnlock()
	if ok {
		return s
	}
	env := snowball.NewEnv(w)
	german.Stem(env)
	s = env.Current()
	// Snowball keeps the s of English plurals after p (Workshops, Startups).
	if len(s) >= 5 && strings.HasSuffix(s, "ps") {
		s = s[:len(s)-1]
	}
	stemCache.Lock()
	if len(stemCache.m) > 1<<19 {
		stemCache.m = make(map[string]string)
	}
	stemCache.m[w] = s
	stemCache.Unlock()
	return s
}

func isLetters(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// stopwords are dropped from texts and queries: German function words, the
// words of questions ("Wie schütze ich meine Firma …?") and English ones.
var stopwords = func() map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(stopwordList) {
		m[fold(w)] = true
	}
	return m
}()

const stopwordList = `
aber alle allem allen aller alles als also am an ander andere anderem anderen anderer anderes anderm andern anderr anders
auch auf aus bei beim bin bis bist da damit dann das dass daß dasselbe dazu dein deine deinem deinen deiner deines dem demselben
den denn denselben der derer derselbe derselben des desselben dessen dich die dies diese dieselbe dieselben diesem diesen dieser
dieses dir doch dort du durch ein eine einem einen einer eines einig einige einigem einigen einiger einiges einmal er es etwas euch
euer eure eurem euren eurer eures für gegen gewesen hab habe haben hat hatte hatten hier hin hinter ich ihm ihn ihnen ihr ihre ihrem
ihren ihrer ihres im in indem ins ist jede jedem jeden jeder jedes jene jenem jenen jener jenes jetzt kann kein keine keinem keinen
keiner keines können könnte machen man manche manchem manchen mancher manches mein meine meinem meinen meiner meines mich mir mit
muss musste nach nicht nichts noch nun nur ob oder ohne sehr sein seine seinem seinen seiner seines selbst sich sie sind so solche
solchem solchen solcher solches soll sollte sondern sonst über um und uns unsere unserem unseren unserer unseres unter viel vom von
vor während war waren warst was weg weil weiter welche welchem welchen welcher welches wenn werde werden wie wieder will wir wird
wirst wo wollen wollte würde würden zu zum zur zwar zwischen
wer wen wem wann warum wieso weshalb womit wozu wobei woher wohin worauf gibt geht gehen finde finden suche suchen brauche brauchen
möchte möchten mehr meiste meisten bitte welchen unser unsere euer denen darf dürfen darfst musst müssen sollen bekomme bekommen tun
a an and are as at be by can do does for from how i in is it its me my of on or our the their there this to we what where which who
why with you your
`

// decompose splits the folded word w into parts that are words of dict
// (allowing the German linking elements s, es, n, en, e between parts), or
// returns nil. Of several splits it picks the one with the fewest, longest
// parts. Parts are at least minPart letters.
func decompose(w string, dict func(string) bool) []string {
	const minPart = 3
	n := len(w)
	if n < 2*minPart || n > 60 || !isLetters(w) {
		return nil
	}
	// best[i]: best split of w[i:]; score is the sum of squared part lengths.
	type split struct {
		parts []string
		score int
		ok    bool
	}
	best := make([]split, n+1)
	best[n] = split{ok: true}
	for i := n - minPart; i >= 0; i-- {
		for j := i + minPart; j <= n; j++ {
			if !best[j].ok || i == 0 && j == n {
				continue
			}
			part := w[i:j]
			word := ""
			switch {
			case dict(part):
				word = part
			case j == n:
				continue
			default:
				for _, link := range [...]string{"s", "es", "n", "en", "e"} {
					if strings.HasSuffix(part, link) && len(part)-len(link) >= minPart && dict(part[:len(part)-len(link)]) {
						word = part[:len(part)-len(link)]
						break
					}
				}
			}
			if word == "" {
				continue
			}
			sc := len(part)*len(part) + best[j].score
			if !best[i].ok || sc > best[i].score || sc == best[i].score && len(best[j].parts) < len(best[i].parts)-1 {
				best[i] = split{parts: append([]string{word}, best[j].parts...), score: sc, ok: true}
			}
		}
	}
	if !best[0].ok || len(best[0].parts) < 2 {
		return nil
	}
	return best[0].parts
}

// Command wasmbench times the WebAssembly Daten-Check engine in headless
// Chromium: it serves the engine, a CSV file and a small page that profiles
// the file as a Blob, and prints the seconds the browser reports.
//
//	go run ./bench/datacheck/wasmbench -file rechnungen_810000.csv
//
// With -page it instead serves web/templates/datacheck.html in a minimal
// layout on -addr and waits, for trying the page by hand.
package main

import (
	"context"

	"encoding/json"
	"flag"
	"fmt"
	cdplog "github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"html/template"
	"log"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"time"
)

const benchPage = `<!doctype html><html><head><meta charset="utf-8"><title>wasm bench</title>
<script src="/static/datacheck/wasm_exec.js"></script></head><body><script>
(async function () {
  const post = (o) => fetch('/result', {method: 'POST', body: JSON.stringify(o)});
  try {
    const go = new Go();
    const ready = new Promise((r) => document.addEventListener('lotse-datacheck-ready', r, {once: true}));
    const res = await WebAssembly.instantiateStreaming(fetch('/static/datacheck/datacheck.wasm'), go.importObject);
    go.run(res.instance);
    await ready;
    const blob = await (await fetch('/data.csv')).blob();
    const file = new File([blob], 'daten.csv');
    const t0 = performance.now();
    const out = await window.lotseDatacheck(file, () => {});
    const secs = (performance.now() - t0) / 1000;
    const rep = JSON.parse(out.json);
    await post({secs, bytes: file.size, rows: rep.rows, score: rep.score, duplicates: rep.duplicate_rows, html: out.html.length});
  } catch (e) {
    await post({error: String(e)});
  }
})();
</script></body></html>`

const pageShell = `<!doctype html><html lang="de"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{template "title" .}}</title>
{{template "head" .}}</head><body><main id="inhalt" class="wrap">{{template "main" .}}</main></body></html>`

func main() {
	file := flag.String("file", "", "CSV file to profile")
	repo := flag.String("repo", ".", "repository root (for web/static and web/templates)")
	chromium := flag.String("chromium", "chromium", "Chromium binary")
	timeout := flag.Duration("timeout", 120*time.Second, "give up after")
	page := flag.Bool("page", false, "serve the Daten-Check page for manual tests instead")
	ui := flag.String("ui", "", "check -file through the real page in Chromium and save a screenshot to this PNG")
	axe := flag.String("axe", "", "with -ui: path of axe-core's axe.min.js, to check WCAG 2.1 AA on the page with its report")
	addr := flag.String("addr", "127.0.0.1:0", "listen address")
	flag.Parse()

	static := filepath.Join(*repo, "web", "static")
	mux := http.NewServeMux()
	mux.Handle("/static/", http.StripPrefix("/static/", http.FileServer(http.Dir(static))))
	mux.HandleFunc("/favicon.ico", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusNoContent) })
	mux.HandleFunc("/data.csv", func(w http.ResponseWriter, r *http.Request) { http.ServeFile(w, r, *file) })
	mux.HandleFunc("/bench.html", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, benchPage)
	})
	tmpl := template.Must(template.New("shell").Funcs(template.FuncMap{
		"static": func(name string) string { return "/static/" + name },
	}).Parse(pageShell))
	template.Must(tmpl.ParseFiles(filepath.Join(*repo, "web", "templates", "datacheck.html")))
	mux.HandleFunc("/daten-check", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Security-Policy", "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' blob: data:")
		if err := tmpl.ExecuteTemplate(w, "shell", nil); err != nil {
			log.Print(err)
		}
	})
	results := make(chan map[string]any, 1)
	mux.HandleFunc("POST /result", func(w http.ResponseWriter, r *http.Request) {
		var m map[string]any
		json.NewDecoder(r.Body).Decode(&m)
		results <- m
	})
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		log.Fatal(err)
	}
	go http.Serve(ln, mux)
	base := "http://" + ln.Addr().String()
	if *page {
		fmt.Println("page:", base+"/daten-check")
		select {}
	}
	if *file == "" {
		log.Fatal("wasmbench: -file is required")
	}
	if *ui != "" {
		if err := checkPage(base+"/daten-check", *file, *ui, *axe, *chromium, *timeout); err != nil {
			log.Fatal(err)
		}
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), *timeout)
	defer cancel()
	profile, _ := os.MkdirTemp("", "wasmbench")
	defer os.RemoveAll(profile)
	cmd := exec.CommandContext(ctx, *chromium, "--headless", "--no-sandbox", "--disable-gpu",
		"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
		"--user-data-dir="+profile, base+"/bench.html")
	cmd.Stderr = nil
	if err := cmd.Start(); err != nil {
		log.Fatal(err)
	}
	defer func() { cmd.Process.Kill(); cmd.Wait() }()
	select {
	case m := <-results:
		if e, ok := m["error"]; ok {
			log.Fatalf("wasmbench: browser: %v", e)
		}
		secs := m["secs"].(float64)
		bytes := m["bytes"].(float64)
		fmt.Printf("wasm in headless Chromium: %.2f s for %.0f bytes (%.1f MB/s), %.0f rows, score %.0f, %.0f duplicates\n",
			secs, bytes, bytes/secs/1e6, m["rows"], m["score"], m["duplicates"])
	case <-ctx.Done():
		log.Fatal("wasmbench: timed out")
	}
}

// checkPage drives the real page: it chooses the file in the form, waits
// for the report and saves a full-page screenshot.
func checkPage(url, file, png, axe, chromium string, timeout time.Duration) error {
	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(chromium),
		chromedp.NoSandbox, chromedp.DisableGPU, chromedp.WindowSize(1200, 900))
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancel()
	ctx, cancel := chromedp.NewContext(actx)
	defer cancel()
	ctx, cancel = context.WithTimeout(ctx, timeout)
	defer cancel()
	if err := chromedp.Do(ctx); err != nil {
		return fmt.Errorf("start Chromium: %w", err)
	}
	var problems []string
	chromedp.Listen(ctx, func(ev any) {
		switch e := ev.(type) {
		case *runtime.EventExceptionThrown:
			problems = append(problems, "exception: "+e.ExceptionDetails.Text)
		case *runtime.EventConsoleAPICalled:
			if e.Type == "error" {
				problems = append(problems, "console error")
			}
		case *cdplog.EventEntryAdded:
			if e.Entry.Level == "error" {
				problems = append(problems, "log: "+e.Entry.Text)
			}
		}
	})
	abs, err := filepath.Abs(file)
	if err != nil {
		return err
	}
	t0 := time.Now()
	err = chromedp.Do(ctx,
		chromedp.Navigate(url),
		chromedp.WaitVisible(chromedp.CSS("#datacheck-file")),
		chromedp.SetUploadFiles(chromedp.CSS("#datacheck-file"), []string{abs}),
		chromedp.WaitVisible(chromedp.CSS("#datacheck-result section")),
		chromedp.Click(chromedp.CSS("#datacheck-result details summary")),
	)
	if err != nil {
		return fmt.Errorf("page: %w (problems: %v)", err, problems)
	}
	status, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS("#datacheck-status")))
	if err != nil {
		return err
	}
	shot, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		return err
	}
	if err := os.WriteFile(png, shot, 0o644); err != nil {
		return err
	}
	if axe != "" {
		src, err := os.ReadFile(axe)
		if err != nil {
			return err
		}
		if err := chromedp.Do(ctx, chromedp.Evaluate[chromedp.Void](string(src))); err != nil {
			return fmt.Errorf("load axe: %w", err)
		}
		run := `axe.run(document, {runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}).then(r => JSON.stringify(r.violations.map(v => v.id + ": " + v.help + " " + JSON.stringify(v.nodes.map(n => n.target)))))`
		out, err := chromedp.Run(ctx, chromedp.Evaluate[string](run, chromedp.EvalAwaitPromise))
		if err != nil {
			return fmt.Errorf("axe: %w", err)
		}
		var vs []string
		json.Unmarshal([]byte(out), &vs)
		for _, v := range vs {
			problems = append(problems, "axe "+v)
		}
		fmt.Printf("axe-core WCAG 2.1 AA: %d violations\n", len(vs))
	}
	fmt.Printf("page: %q after %.1f s; screenshot %s\n", status, time.Since(t0).Seconds(), png)
	for _, p := range problems {
		fmt.Println("  problem:", p)
	}
	if len(problems) > 0 {
		return fmt.Errorf("%d problems in the browser", len(problems))
	}
	return nil
}

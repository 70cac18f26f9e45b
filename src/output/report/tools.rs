//! The report's tools for a room with many drafts: a filter box and a sort order over the
//! drafts (worked by the page's own script, offline; hidden when scripts do not run, since
//! they would do nothing), the data each draft carries for them, and each draft's whole
//! text after every rewrite, in a block that opens on demand.
use super::html::escape;
use crate::model::FileReport;
use crate::output::labels::Labels;
use std::fmt::Write as _;

/// The sort orders, as the script knows them; the labels' `sorts` name them in order.
const SORTS: [&str; 5] = ["order", "score-asc", "score-desc", "findings", "file"];

/// The filter box, the sort order and the live count of drafts shown.
pub fn toolbar(s: &mut String, l: &Labels, drafts: usize) {
    let p = &l.page;
    let total = drafts.to_string();
    let shown = p.shown.replace("{n}", &total).replace("{total}", &total);
    let _ = write!(
        s,
        "<form class=\"tools\" id=\"tools\" role=\"search\" hidden>\
         <div class=\"tool\"><label for=\"filter\">{}</label> \
         <input type=\"search\" id=\"filter\" autocomplete=\"off\" aria-describedby=\"filter-hint\"> \
         <small id=\"filter-hint\" class=\"muted\">{}</small></div>\
         <div class=\"tool\"><label for=\"sort\">{}</label> <select id=\"sort\">",
        p.filter,
        escape(p.filter_hint),
        p.sort
    );
    for (value, label) in SORTS.iter().zip(p.sorts) {
        let _ = write!(s, "<option value=\"{value}\">{}</option>", escape(label));
    }
    let _ = writeln!(
        s,
        "</select></div><p id=\"shown\" class=\"muted\" role=\"status\" aria-live=\"polite\" \
         data-template=\"{}\">{}</p></form>",
        escape(p.shown),
        escape(&shown)
    );
}

/// The attributes a draft's `<section>` carries for the tools: its place in the file
/// order, score, number of findings, file name, and the words the filter looks for
/// besides its text (rule ids, category keywords and names).
pub fn data(n: usize, r: &FileReport, l: &Labels) -> String {
    let mut words: Vec<String> = Vec::new();
    for d in &r.diagnostics {
        for w in [
            d.rule.clone(),
            d.category.as_str().to_string(),
            l.category(d.category).0.to_string(),
        ] {
            if !words.contains(&w) {
                words.push(w);
            }
        }
    }
    format!(
        "data-n=\"{n}\" data-score=\"{}\" data-findings=\"{}\" data-file=\"{}\" data-rules=\"{}\"",
        r.score.value,
        r.diagnostics.len(),
        escape(&r.path),
        escape(&words.join(" "))
    )
}

/// The whole draft after every rewrite, closed until asked for (a `<details>` opens with
/// the keyboard and is read by screen readers without any script).
pub fn whole_after(s: &mut String, l: &Labels, before: &str, after: &str) {
    if after == before {
        return;
    }
    let _ = write!(
        s,
        "<details class=\"after-all\"><summary>{}</summary><p class=\"muted\">{}</p>\
         <pre class=\"after-text\">{}</pre></details>",
        escape(l.page.whole_after),
        code_spans(&escape(l.page.whole_after_note)),
        escape(after)
    );
}

/// `luwes fix` between backticks, as the labels write commands, set as `<code>`.
fn code_spans(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 16);
    for (i, part) in s.split('`').enumerate() {
        if i % 2 == 1 {
            let _ = write!(out, "<code>{part}</code>");
        } else {
            out.push_str(part);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::labels::ID;

    #[test]
    fn the_toolbar_is_labelled_and_hidden_until_the_script_runs() {
        let mut s = String::new();
        toolbar(&mut s, &ID, 3);
        assert!(
            s.starts_with("<form class=\"tools\" id=\"tools\" role=\"search\" hidden>"),
            "{s}"
        );
        assert!(s.contains("<label for=\"filter\">Saring draf</label>"));
        assert!(s.contains("<label for=\"sort\">Urutkan</label>"));
        assert_eq!(s.matches("<option ").count(), SORTS.len());
        assert!(s.contains(">3 dari 3 draf ditampilkan</p>"), "{s}");
    }

    #[test]
    fn the_after_block_is_escaped_and_absent_when_nothing_changes() {
        let mut s = String::new();
        whole_after(&mut s, &ID, "a", "a");
        assert!(s.is_empty());
        whole_after(&mut s, &ID, "a", "Yuk <b>daftar</b>");
        assert!(
            s.contains("<pre class=\"after-text\">Yuk &lt;b&gt;daftar&lt;/b&gt;</pre>"),
            "{s}"
        );
        assert!(s.starts_with("<details class=\"after-all\"><summary>"));
        assert!(s.contains("<code>luwes fix --unsafe</code>") && !s.contains('`'), "{s}");
    }
}

//! Build-time half of `text::lexicon`: turns the sorted text files in `data/lexicon/`
//! (written by `scripts/build-lexicon` from nlp-id, see `data/lexicon/NOTICE`) into FSTs
//! in `OUT_DIR/lexicon/`, which the library embeds with `include_bytes!`.
//!
//! The repository keeps reviewable, diffable text (about 1.2 MB) rather than binary FSTs;
//! the 778k form → lemma pairs are stored as each lemma's set of affix patterns and
//! expanded here, so they cost a few seconds of the first build instead of megabytes.
use fst::{MapBuilder, SetBuilder};
use std::collections::hash_map::DefaultHasher;
use std::collections::BTreeMap;
use std::fs;
use std::hash::{Hash, Hasher};
use std::path::Path;

/// Tag order shared with `text::lexicon` (index = the 4-bit code of the top tag).
const TAGS: &[&str] = &[
    "NN", "NNP", "VB", "JJ", "ADV", "NUM", "UH", "SC", "CC", "IN", "PR", "DT", "NEG", "RP", "SYM", "FW",
];
/// Largest count a 12-bit field holds; larger totals are scaled down, keeping the ratios.
const FIELD_MAX: u64 = 4095;

fn read(dir: &Path, name: &str) -> String {
    let path = dir.join(name);
    fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn fields(line: &str) -> Vec<&str> {
    line.split('\t').collect()
}

/// form → index of its lemma in `lemmas.txt` (the lemmas sorted, one a line).
fn forms(dir: &Path, out: &Path) {
    let patterns: Vec<(String, String, String)> = read(dir, "patterns.tsv")
        .lines()
        .map(|l| {
            let f = fields(l);
            (f[1].to_string(), f[2].to_string(), f[3].to_string())
        })
        .collect();
    let paradigms: Vec<Vec<usize>> = read(dir, "paradigms.tsv")
        .lines()
        .map(|l| {
            let ids = fields(l)[1];
            ids.split(' ').map(|id| id.parse().expect("pattern id")).collect()
        })
        .collect();
    let lemmas_tsv = read(dir, "lemmas.tsv");
    let extra_tsv = read(dir, "extra-forms.tsv");
    let mut lemmas: Vec<&str> = lemmas_tsv.lines().map(|l| fields(l)[0]).collect();
    lemmas.extend(extra_tsv.lines().map(|l| fields(l)[1]));
    lemmas.sort_unstable();
    lemmas.dedup();
    let index = |lemma: &str| lemmas.binary_search(&lemma).expect("lemma listed") as u64;
    let mut pairs: Vec<(String, u64)> = Vec::with_capacity(800_000);
    for line in lemmas_tsv.lines() {
        let f = fields(line);
        let (lemma, id) = (f[0], index(f[0]));
        for &p in &paradigms[f[1].parse::<usize>().expect("paradigm id")] {
            let (prefix, head, suffix) = &patterns[p];
            pairs.push((format!("{prefix}{}{suffix}", &lemma[head.len()..]), id));
        }
    }
    for line in extra_tsv.lines() {
        let f = fields(line);
        pairs.push((f[0].to_string(), index(f[1])));
    }
    pairs.sort_unstable();
    let mut map = MapBuilder::memory();
    for (form, id) in &pairs {
        map.insert(form, *id).expect("forms are unique and sorted");
    }
    fs::write(out.join("forms.fst"), map.into_inner().expect("fst")).expect("write forms.fst");
    fs::write(out.join("lemmas.txt"), lemmas.join("\n")).expect("write lemmas.txt");
}

/// Packs a word's tag counts: top tag in bits 0–3, then 12-bit VB, NN, NNP, JJ, total.
fn pack(counts: &BTreeMap<&str, u64>) -> u64 {
    let total: u64 = counts.values().sum();
    let scale = |n: u64| if total > FIELD_MAX { n * FIELD_MAX / total } else { n };
    let top = counts
        .iter()
        .max_by_key(|(tag, n)| (**n, std::cmp::Reverse(TAGS.iter().position(|t| t == *tag))))
        .and_then(|(tag, _)| TAGS.iter().position(|t| t == tag))
        .unwrap_or(0) as u64;
    let get = |tag: &str| scale(counts.get(tag).copied().unwrap_or(0));
    top | get("VB") << 4 | get("NN") << 16 | get("NNP") << 28 | get("JJ") << 40 | scale(total) << 52
}

/// word → packed part-of-speech counts.
fn tags(dir: &Path, out: &Path) {
    let mut map = MapBuilder::memory();
    for line in read(dir, "tags.tsv").lines() {
        let f = fields(line);
        let counts: BTreeMap<&str, u64> = f[1]
            .split(' ')
            .filter_map(|tc| tc.split_once(':'))
            .map(|(t, n)| (t, n.parse().expect("count")))
            .collect();
        map.insert(f[0], pack(&counts)).expect("tags.tsv is sorted");
    }
    fs::write(out.join("tags.fst"), map.into_inner().expect("fst")).expect("write tags.fst");
}

fn roots(dir: &Path, out: &Path) {
    let mut set = SetBuilder::memory();
    for root in read(dir, "roots.txt").lines() {
        set.insert(root).expect("roots.txt is sorted");
    }
    fs::write(out.join("roots.fst"), set.into_inner().expect("fst")).expect("write roots.fst");
}

/// A fingerprint of the inputs, so that re-running the build script (which cargo does on
/// every rule edit) does not rebuild unchanged FSTs.
fn fingerprint(dir: &Path) -> String {
    let mut hasher = DefaultHasher::new();
    for name in INPUTS {
        fs::read(dir.join(name)).unwrap_or_default().hash(&mut hasher);
    }
    format!("{:016x}", hasher.finish())
}

const INPUTS: &[&str] = &[
    "patterns.tsv",
    "paradigms.tsv",
    "lemmas.tsv",
    "extra-forms.tsv",
    "tags.tsv",
    "roots.txt",
];

pub fn build(manifest_dir: &Path, out_dir: &Path) {
    let dir = manifest_dir.join("data").join("lexicon");
    let out = out_dir.join("lexicon");
    fs::create_dir_all(&out).expect("create OUT_DIR/lexicon");
    for name in INPUTS {
        println!("cargo:rerun-if-changed={}", dir.join(name).display());
    }
    let stamp = out.join("inputs.stamp");
    let print = fingerprint(&dir);
    if fs::read_to_string(&stamp).is_ok_and(|s| s == print) {
        return;
    }
    forms(&dir, &out);
    tags(&dir, &out);
    roots(&dir, &out);
    fs::write(stamp, print).expect("write inputs.stamp");
}

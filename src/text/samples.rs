//! Texts that the equivalence tests run fast paths and their straightforward versions
//! on: every example post of the project and generated text that stresses the edges
//! (hyphens, apostrophes, decimal points, colons, quotes, emoji, accented letters, line
//! breaks, question marks, ALL CAPS).

/// Pieces the generated texts are made of, each chosen for an edge case above.
const PIECES: &[&str] = &[
    "Yuk",
    "cek",
    "jadwal",
    "teman-teman",
    "Teman-Teman",
    "bukumu",
    "ilmu",
    "Jangan",
    "lupa",
    "daftar",
    "KTP",
    "no.",
    "Jl.",
    "S.Sos.",
    "3,5",
    "1.000",
    "08:00",
    "10.30",
    "a.b",
    "a:b",
    "don't",
    "Jum'at",
    "x_y",
    "_",
    "-",
    "--",
    "?",
    "!",
    ".",
    ",",
    ";",
    ":",
    "'",
    "\"",
    "“",
    "”",
    "(",
    ")",
    "🙏",
    "❤️",
    "👋🏽",
    "café",
    "É",
    "Ñandú",
    "ẞ",
    "İstanbul",
    "\u{212A}elvin",
    "ſ",
    "#tagar",
    "@akun",
    "https://x.id/a-b",
    "apakah",
    "kah",
    "kamu",
    "kita",
    "WAJIB",
    "membawa",
    "banjir",
    "mengungsi",
    "innalillahi",
    "halo",
    "Sobat",
    "selamat pagi",
    "\u{a0}",
    "\t",
    "\r\n",
    "\n",
    "\n\n",
    "  ",
    " ",
    " ",
    " ",
    " ",
    "12",
    "2024",
    "dll.",
    "Yth.",
    "H.",
    "dr.",
    "—",
    "…",
    "\u{200d}",
    "\u{fe0f}",
    "0812-3456-7890",
    "ya",
    "dong",
    "ayo",
    "mari",
    "...",
    "?!",
    "[",
    "]",
    "{",
    "}",
    "\r",
    "\u{c}",
    "\u{b}",
    "e.g.",
    "U.S.",
    "Rp1.500.",
    "Ok.",
    "a)",
    "\u{2029}",
];

/// Deterministic pseudo-random numbers (an LCG: tests must not depend on a crate's RNG).
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 33) as usize) % n
    }
}

/// `n` generated texts of up to `len` pieces each.
pub fn generated(n: usize, len: usize) -> Vec<String> {
    let mut rng = Lcg(14);
    (0..n)
        .map(|_| {
            let pieces = rng.below(len) + 1;
            (0..pieces).map(|_| PIECES[rng.below(PIECES.len())]).collect()
        })
        .collect()
}

/// The example posts of the project, compiled in (the library reads no files; see
/// tests/architecture.rs).
const EXAMPLES: &[&str] = &[
    include_str!("../../examples/ci/posts/pengumuman-posyandu.txt"),
    include_str!("../../examples/ci/posts/vaksinasi.md"),
    include_str!("../../examples/id/01-bantuan-pangan.kaku.txt"),
    include_str!("../../examples/id/01-bantuan-pangan.luwes.txt"),
    include_str!("../../examples/id/02-vaksinasi-anak.kaku.txt"),
    include_str!("../../examples/id/02-vaksinasi-anak.luwes.txt"),
    include_str!("../../examples/id/03-banjir.kaku.txt"),
    include_str!("../../examples/id/03-banjir.luwes.txt"),
    include_str!("../../examples/id/04-festival.kaku.txt"),
    include_str!("../../examples/id/04-festival.luwes.txt"),
    include_str!("../../examples/id/05-balasan-keluhan.kaku.txt"),
    include_str!("../../examples/id/05-balasan-keluhan.luwes.txt"),
    include_str!("../../examples/id/06-keringanan-pbb.kaku.txt"),
    include_str!("../../examples/id/06-keringanan-pbb.luwes.txt"),
    include_str!("../../examples/id/07-penutupan-jalan.kaku.txt"),
    include_str!("../../examples/id/07-penutupan-jalan.luwes.txt"),
    include_str!("../../examples/id/08-pelatihan-kerja.kaku.txt"),
    include_str!("../../examples/id/08-pelatihan-kerja.luwes.txt"),
];

/// The example posts of the project.
pub fn examples() -> Vec<String> {
    EXAMPLES.iter().map(|t| t.to_string()).collect()
}

/// Both: what an equivalence test runs on.
pub fn all() -> Vec<String> {
    let mut texts = examples();
    texts.extend(generated(3000, 60));
    texts
}

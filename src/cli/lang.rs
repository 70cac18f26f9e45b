//! The run's language for people: `--lang` on the command line, `LUWES_LANG`, or the
//! locale, read before clap parses so that help and clap's own errors are in it too.
use crate::model::Lang;

/// The language of the words around findings, from what a person set: `--lang id|en` on
/// the command line, else `LUWES_LANG`, else the locale (`LC_ALL`, `LC_MESSAGES`, `LANG`,
/// first one set, as POSIX reads them). Only English is chosen by name; everything else
/// (`id_ID`, `C`, `POSIX`, unset) is Indonesian, since that is who luwes is for.
pub fn ui_lang(args: &[String], env: &dyn Fn(&str) -> Option<String>) -> Lang {
    let flag = lang_flag(args).and_then(|v| match v.as_str() {
        "en" => Some(Lang::En),
        "id" => Some(Lang::Id),
        _ => None,
    });
    if let Some(l) = flag {
        return l;
    }
    let set = |k: &str| env(k).filter(|v| !v.is_empty());
    if let Some(v) = set("LUWES_LANG") {
        return if v.to_ascii_lowercase().starts_with("en") {
            Lang::En
        } else {
            Lang::Id
        };
    }
    let locale = set("LC_ALL").or_else(|| set("LC_MESSAGES")).or_else(|| set("LANG"));
    match locale {
        Some(v) if v.starts_with("en") => Lang::En,
        _ => Lang::Id,
    }
}

/// The value of the last `--lang X` / `--lang=X` before a `--`.
fn lang_flag(args: &[String]) -> Option<String> {
    let mut found = None;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        if a == "--" {
            break;
        }
        if a == "--lang" {
            found = it.next().cloned();
        } else if let Some(v) = a.strip_prefix("--lang=") {
            found = Some(v.to_string());
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(pairs: &'static [(&'static str, &'static str)]) -> impl Fn(&str) -> Option<String> {
        move |k| pairs.iter().find(|(n, _)| *n == k).map(|(_, v)| v.to_string())
    }

    fn args(s: &str) -> Vec<String> {
        s.split_whitespace().map(String::from).collect()
    }

    #[test]
    fn the_flag_then_luwes_lang_then_the_locale_choose_english() {
        assert_eq!(ui_lang(&args("luwes lint"), &env(&[])), Lang::Id);
        assert_eq!(ui_lang(&args("luwes lint --lang en"), &env(&[])), Lang::En);
        assert_eq!(ui_lang(&args("luwes lint --lang=en"), &env(&[])), Lang::En);
        assert_eq!(ui_lang(&args("luwes lint -- --lang en"), &env(&[])), Lang::Id);
        assert_eq!(
            ui_lang(&args("luwes --lang id"), &env(&[("LUWES_LANG", "en")])),
            Lang::Id
        );
        assert_eq!(ui_lang(&args("luwes"), &env(&[("LUWES_LANG", "en")])), Lang::En);
        assert_eq!(
            ui_lang(&args("luwes"), &env(&[("LUWES_LANG", "id"), ("LANG", "en_US.UTF-8")])),
            Lang::Id
        );
        assert_eq!(ui_lang(&args("luwes"), &env(&[("LANG", "en_GB.UTF-8")])), Lang::En);
        assert_eq!(
            ui_lang(&args("luwes"), &env(&[("LC_ALL", "id_ID.UTF-8"), ("LANG", "en_US")])),
            Lang::Id
        );
        assert_eq!(
            ui_lang(&args("luwes"), &env(&[("LC_MESSAGES", "en_US"), ("LANG", "C")])),
            Lang::En
        );
        for indonesian in ["C", "POSIX", "C.UTF-8", "id_ID.UTF-8", ""] {
            assert_eq!(
                ui_lang(&args("luwes"), &env_one("LANG", indonesian)),
                Lang::Id,
                "{indonesian}"
            );
        }
        // `auto` names no language for people: the environment decides.
        assert_eq!(
            ui_lang(&args("luwes --lang auto"), &env(&[("LANG", "en_US")])),
            Lang::En
        );
    }

    fn env_one(k: &'static str, v: &'static str) -> impl Fn(&str) -> Option<String> {
        move |n| (n == k).then(|| v.to_string())
    }
}

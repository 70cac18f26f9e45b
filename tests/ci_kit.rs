//! The CI kit stays in step with the CLI: the pre-commit hooks and the example workflow are
//! well-formed, and every luwes command they run is one this build accepts.
use clap::Parser;
use luwes::cli::Cli;
use serde_yaml::Value;
use std::path::Path;

fn yaml(path: &str) -> Value {
    let text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).unwrap();
    serde_yaml::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Parses `command` (shell words, up to a redirection) as the CLI would.
fn assert_parses(command: &str) {
    let words: Vec<&str> = command.split_whitespace().take_while(|w| !w.starts_with('>')).collect();
    if let Err(e) = Cli::try_parse_from(&words) {
        panic!("`{command}` does not parse:\n{e}");
    }
}

#[test]
fn pre_commit_hooks_run_luwes_lint_on_posts() {
    let hooks = yaml(".pre-commit-hooks.yaml");
    let hooks = hooks.as_sequence().expect("a list of hooks");
    assert!(!hooks.is_empty());
    for hook in hooks {
        for key in ["id", "name", "entry", "language", "files"] {
            assert!(hook[key].is_string(), "hook without {key}: {hook:?}");
        }
        let entry = hook["entry"].as_str().unwrap();
        assert_parses(&format!("{entry} posts/a.txt posts/b.md"));
        let files = regex::Regex::new(hook["files"].as_str().unwrap()).unwrap();
        assert!(files.is_match("posts/a.md") && files.is_match("posts/b.txt"));
        assert!(!files.is_match("Cargo.toml"));
    }
}

#[test]
fn example_workflow_commands_parse() {
    let workflow = yaml("examples/ci/.github/workflows/luwes.yml");
    let steps = workflow["jobs"]["luwes"]["steps"].as_sequence().expect("steps");
    let commands: Vec<&str> = steps
        .iter()
        .filter_map(|s| s["run"].as_str())
        .filter(|r| r.starts_with("luwes "))
        .collect();
    assert!(commands.iter().any(|c| c.contains("--format sarif")), "{commands:?}");
    assert!(commands.iter().any(|c| c.contains("--format github")), "{commands:?}");
    commands.iter().for_each(|c| assert_parses(c));
    let uses: Vec<&str> = steps.iter().filter_map(|s| s["uses"].as_str()).collect();
    assert!(uses.iter().any(|u| u.starts_with("github/codeql-action/upload-sarif@")));
    assert_eq!(workflow["permissions"]["security-events"].as_str(), Some("write"));
}

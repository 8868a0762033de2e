"""The labelled training corpus: hand-written and templated examples, built into corpus.jsonl."""

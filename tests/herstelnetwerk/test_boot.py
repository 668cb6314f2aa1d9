"""The site boots, migrates and renders with any subset of plugins, and production settings are deploy-clean.

These run ``manage.py`` in subprocesses, each on a fresh SQLite file, because the set of installed apps is
fixed once Django has started.
"""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings

pytestmark = pytest.mark.slow

MANAGE = str(Path(settings.BASE_DIR) / "manage.py")

RENDER_HOME = """
from django.test import Client
response = Client(HTTP_HOST="localhost").get("/")
assert response.status_code == 200, response.status_code
print("home", response.status_code, len(response.content))
"""


def manage(*args, env):
    return subprocess.run(
        [sys.executable, MANAGE, *args], env=env, capture_output=True, text=True, timeout=300, check=False
    )


def subset_env(tmp_path, plugins):
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "herstelnetwerk.settings.test",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'boot.sqlite3'}",
        "HERSTELNETWERK_PLUGINS": ",".join(plugins) or "none",
    }


SUBSETS = [
    pytest.param([p for p in settings.ALL_PLUGINS if p != left_out], id=f"without-{left_out}")
    for left_out in settings.ALL_PLUGINS
] + [pytest.param([], id="no-plugins")]


@pytest.mark.parametrize("plugins", SUBSETS)
def test_site_boots_migrates_and_renders_with_plugin_subset(tmp_path, plugins):
    env = subset_env(tmp_path, plugins)
    for args in (["check", "--fail-level", "WARNING"], ["migrate", "--no-input"], ["load_demo"]):
        result = manage(*args, env=env)
        assert result.returncode == 0, f"{' '.join(args)} failed:\n{result.stdout}\n{result.stderr}"
    result = manage("shell", "-c", RENDER_HOME, env=env)
    assert result.returncode == 0, result.stderr
    assert "home 200" in result.stdout


def test_unknown_plugin_is_refused(tmp_path):
    result = manage("check", env=subset_env(tmp_path, ["nonsense"]))
    assert result.returncode != 0
    assert "Unknown HERSTELNETWERK_PLUGINS: nonsense" in result.stderr


def production_env(tmp_path, **changes):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "herstelnetwerk.settings.production",
        "SECRET_KEY": "a-production-key-" + "x7Qp9zLm2vR8wK4sT6yB1nH3jF5dC0gA" * 2,
        "ALLOWED_HOSTS": "herstelnetwerk.example",
        "WAGTAILADMIN_BASE_URL": "https://herstelnetwerk.example",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'deploy.sqlite3'}",
        "REDIS_URL": "redis://127.0.0.1:6379/0",
        **changes,
    }
    return {name: value for name, value in env.items() if value is not None}


def test_production_settings_pass_check_deploy(tmp_path):
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=production_env(tmp_path))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_check_deploy_warns_when_each_process_has_its_own_cache(tmp_path):
    result = manage(
        "check", "--deploy", "--fail-level", "WARNING", env=production_env(tmp_path, REDIS_URL=None)
    )
    assert result.returncode != 0
    assert "hn.W002" in result.stdout + result.stderr


def test_production_settings_refuse_to_start_without_a_secret_key(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "SECRET_KEY"}
    env["DJANGO_SETTINGS_MODULE"] = "herstelnetwerk.settings.production"
    result = manage("check", env=env)
    assert result.returncode != 0
    assert "Set SECRET_KEY" in result.stderr

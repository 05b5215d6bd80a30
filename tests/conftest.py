from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def good_bank() -> Path:
    return FIXTURES / "good"

pytest_plugins = ["pytester"]

"""Imports LiteLLM with its outbound switches off, so the router never phones home.

LiteLLM fetches its price map from the internet at import and loads any `.env` file in the
working directory unless told otherwise; both switches are environment variables that must be
set before the first import. They are process-wide by LiteLLM's design, so they are set here,
in the one place that imports it.
"""

from __future__ import annotations

import importlib
import logging
import os
import sys
from typing import Any

log = logging.getLogger(__name__)

OFFLINE_SWITCHES = {
    "LITELLM_LOCAL_MODEL_COST_MAP": "True",  # use the bundled price map; no fetch
    "LITELLM_LOCAL_ANTHROPIC_BETA_HEADERS": "True",  # bundled beta-header table; no fetch
    "LITELLM_MODE": "PRODUCTION",  # do not load a .env from the working directory
}


def load_litellm() -> Any:
    """The `litellm` module, imported offline; warns if someone imported it earlier."""
    if "litellm" in sys.modules and os.environ.get("LITELLM_LOCAL_MODEL_COST_MAP") != "True":
        log.warning("litellm was imported before the router set its offline switches")
    os.environ.update(OFFLINE_SWITCHES)
    litellm: Any = importlib.import_module("litellm")
    litellm.suppress_debug_info = True
    return litellm

"""Settings for bench_registers.py: Nolan's own, plus one plain Django page to compare against."""

from nolan.settings import *  # noqa: F403

ROOT_URLCONF = "bench_registers_urls"

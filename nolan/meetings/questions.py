"""Moved to ``nolan.core.advisor.questions`` (issue 11: pure rules live in the core).

``nolan.meetings.prompts`` still imports ``Known`` from here while it is being changed
in parallel; once it imports from the core, delete this module.
"""

from nolan.core.advisor.questions import Known

__all__ = ["Known"]

"""Post screening: does a draft post breach the council's own code, why, and where it says so.

Issue 5. The public API is ``screen`` and ``Screener`` with the data classes of
``model``; ``cli`` is the pure core of ``nolan screen``.
"""
